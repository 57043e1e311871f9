// The "Rule reference" section of docs/rules.md, rendered from the rule metadata so the page cannot drift from the code.
import { CHECKLIST_ITEMS } from '../scoring/checklist-items'
import type { Rule } from './types'

const FIX_KIND = { safe: 'safe (one click)', unsafe: 'unsafe (may break the workload; confirm after seeing the change)', none: 'none (advice only)' } as const

/** What a reader needs to know about a rule: the same facts in docs/rules.md and in the app's "Why?" view. */
export interface RuleFacts {
  id: string
  title: string
  severity: Rule['severity']
  /** How the automatic fix is applied, in words. */
  fix: string
  /** The checklist items the rule decides, by title. */
  checklist: string[]
  /** CIS sections, seed items and URLs. */
  references: string[]
  why: string
  howToFix: string
  fixDescription?: string
}

export function ruleFacts(rule: Rule): RuleFacts {
  return {
    id: rule.id,
    title: rule.title,
    severity: rule.severity,
    fix: FIX_KIND[rule.fix],
    checklist: rule.checklist.map((id) => CHECKLIST_ITEMS.find((i) => i.id === id)?.title ?? id),
    references: [...rule.references],
    why: rule.description,
    howToFix: rule.howToFix,
    ...(rule.fixDescription ? { fixDescription: rule.fixDescription } : {}),
  }
}

/** One rule's page: heading, facts, why it matters, how to fix it by hand, what the automatic fix does. */
export function ruleReference(rule: Rule): string {
  const facts = ruleFacts(rule)
  const references = facts.references.map((r) => (/^https?:\/\//.test(r) ? `<${r}>` : r))
  return [
    `### ${facts.id}`,
    '',
    `**${facts.title}**`,
    '',
    `- Severity: ${facts.severity}`,
    `- Automatic fix: ${facts.fix}`,
    `- Checklist: ${facts.checklist.length ? facts.checklist.join('; ') : 'none'}`,
    `- References: ${references.length ? references.join(', ') : 'none'}`,
    '',
    `**Why it matters.** ${facts.why}`,
    '',
    `**How to fix it by hand.** ${facts.howToFix}`,
    ...(facts.fixDescription ? ['', `**What the automatic fix does.** ${facts.fixDescription}`] : []),
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
