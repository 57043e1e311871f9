// The "Rule reference" section of docs/rules.md, rendered from the rule metadata so the page cannot drift from the code.
import { CHECKLIST_ITEMS } from '../scoring/checklist-items'
import type { Rule } from './types'

const FIX_KIND = { safe: 'safe (one click)', unsafe: 'unsafe (may break the workload; confirm after seeing the change)', none: 'none (advice only)' } as const

/** One rule's page: heading, facts, why it matters, how to fix it by hand, what the automatic fix does. */
export function ruleReference(rule: Rule): string {
  const checklist = rule.checklist.map((id) => CHECKLIST_ITEMS.find((i) => i.id === id)?.title ?? id)
  const references = rule.references.map((r) => (/^https?:\/\//.test(r) ? `<${r}>` : r))
  return [
    `### ${rule.id}`,
    '',
    `**${rule.title}**`,
    '',
    `- Severity: ${rule.severity}`,
    `- Automatic fix: ${FIX_KIND[rule.fix]}`,
    `- Checklist: ${checklist.length ? checklist.join('; ') : 'none'}`,
    `- References: ${references.length ? references.join(', ') : 'none'}`,
    '',
    `**Why it matters.** ${rule.description}`,
    '',
    `**How to fix it by hand.** ${rule.howToFix}`,
    ...(rule.fixDescription ? ['', `**What the automatic fix does.** ${rule.fixDescription}`] : []),
    '',
  ].join('\n')
}

export const REFERENCE_START = '<!-- generated:rule-reference -->'
export const REFERENCE_END = '<!-- /generated:rule-reference -->'

/** The whole generated section, rules in registry order, between its two markers. */
export function ruleReferenceSection(rules: readonly Rule[]): string {
  return [REFERENCE_START, '', ...rules.map(ruleReference), REFERENCE_END].join('\n')
}

/** docs/rules.md with its generated section replaced by the current one. */
export function withRuleReference(doc: string, rules: readonly Rule[]): string {
  const start = doc.indexOf(REFERENCE_START)
  const end = doc.indexOf(REFERENCE_END)
  if (start < 0 || end < start) throw new Error(`docs/rules.md lacks the ${REFERENCE_START} … ${REFERENCE_END} markers`)
  return doc.slice(0, start) + ruleReferenceSection(rules) + doc.slice(end + REFERENCE_END.length)
}
