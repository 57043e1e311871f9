// defineRule fills what every rule shares and checks at load time that its metadata is coherent.
import type { Rule } from './types'

export function defineRule(rule: Rule): Rule {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`rule id must be kebab-case: ${rule.id}`)
  if (Object.keys(rule.messages).length === 0) throw new Error(`rule ${rule.id} has no messages`)
  if (!rule.checkService && !rule.checkFile) throw new Error(`rule ${rule.id} checks nothing`)
  if (rule.fix !== 'none' && !rule.fixPlan) throw new Error(`rule ${rule.id} declares a ${rule.fix} fix but has no fixPlan`)
  return Object.freeze(rule)
}

/** Replaces {{name}} in a message template. Unknown names stay visible so a test catches them. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole))
}
