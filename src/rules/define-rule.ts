// defineRule fills what every rule shares and checks at load time that its metadata is coherent.
import type { EditPlan } from '../compose/types'
import type { EditResult } from '../edits/edit-result'
import type { Rule } from './types'

/** M is inferred from `messages`, so `report({ messageId })` only accepts the rule's own message ids. */
export function defineRule<M extends string>(rule: Rule<M>): Rule {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`rule id must be kebab-case: ${rule.id}`)
  if (Object.keys(rule.messages).length === 0) throw new Error(`rule ${rule.id} has no messages`)
  if (!rule.checkService && !rule.checkFile && !rule.checkFindings) throw new Error(`rule ${rule.id} checks nothing`)
  if (rule.fix !== 'none' && !rule.fixPlan) throw new Error(`rule ${rule.id} declares a ${rule.fix} fix but has no fixPlan`)
  if (rule.fix !== 'none' && !rule.fixLabel) throw new Error(`rule ${rule.id} declares a ${rule.fix} fix but no fixLabel`)
  return Object.freeze(rule) as Rule
}

/** Replaces {{name}} in a message template. Unknown names stay visible so a test catches them. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole))
}

/** A rule's fix is an edit (src/edits) with the rule's input; where the edit says why it cannot, there is no fix. */
export function planOrNull(result: EditResult): EditPlan | null {
  return result === null || typeof result === 'string' ? null : result
}
