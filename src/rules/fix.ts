// Fixes are plans computed against the current text; applying them goes through the one plan-applier.
import { applyPlan } from '../compose/apply-plan'
import { parseCompose } from '../compose/parse'
import type { ComposeFile, EditPlan } from '../compose/types'
import { analyze } from './engine'
import { RULE_BY_ID } from './registry'
import type { Finding, Rule } from './types'

/** The plan that fixes `finding` (and every other finding of its rule on the same service), or null. */
export function planFor(finding: Finding, file: ComposeFile): EditPlan | null {
  const rule = RULE_BY_ID.get(finding.ruleId)
  if (!rule?.fixPlan || finding.fix === 'none') return null
  const service = finding.service === null ? undefined : file.services.find((s) => s.name === finding.service)
  return rule.fixPlan({ file, service, finding })
}

export interface FixOutcome {
  text: string
  /** The findings whose fixes were applied. */
  applied: Finding[]
  /** Fixes that could not be applied, with the applier's reason. */
  failed: Array<{ finding: Finding; error: string }>
}

/** Applies one rule's fixes to every service it fires on: one plan per service (the first finding stands for the rest). */
export function applyRuleFixes(text: string, rule: Rule, accept: (f: Finding) => boolean = () => true): FixOutcome {
  const file = parseCompose(text)
  const findings = analyze(file, [rule]).filter((f) => f.fix !== 'none' && accept(f))
  const seen = new Set<string>()
  let current = text
  const applied: Finding[] = []
  const failed: FixOutcome['failed'] = []
  for (const finding of findings) {
    const key = finding.service ?? `#${finding.line}`
    if (seen.has(key)) continue
    seen.add(key)
    const p = planFor(finding, file)
    if (!p) continue
    const result = applyPlan(current, p)
    if (result.ok) {
      current = result.text
      applied.push(...findings.filter((f) => (f.service ?? `#${f.line}`) === key))
    } else failed.push({ finding, error: result.error })
  }
  return { text: current, applied, failed }
}
