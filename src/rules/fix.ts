// Fixes are plans computed against the current text; applying them goes through the one plan-applier.
import { applyPlan } from '../compose/write/apply-plan'
import { extendsTarget } from '../compose/read/extends'
import { parseCompose } from '../compose/read/parse'
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

/**
 * Applies one rule's fixes to every service it fires on: one plan per service (the first finding stands for the rest).
 * Each round computes plans against one parse and hands them to the applier as one combined plan (a single bad plan
 * then falls back to one by one, so it only costs its own service). A service that `extends` another service fixed
 * in the same round waits for the next round: fixing its base may already fix it.
 */
export function applyRuleFixes(text: string, rule: Rule, accept: (f: Finding) => boolean = () => true): FixOutcome {
  let current = text
  const applied: Finding[] = []
  const failed: FixOutcome['failed'] = []
  const tried = new Set<string>()
  for (let round = 0; round < 4; round++) {
    const file = parseCompose(current)
    const groups = new Map<string, Finding[]>()
    for (const f of analyze(file, [rule])) {
      if (f.fix === 'none' || !accept(f) || tried.has(keyOf(f))) continue
      groups.set(keyOf(f), [...(groups.get(keyOf(f)) ?? []), f])
    }
    if (groups.size === 0) break
    const services = (file.data?.services ?? {}) as Record<string, unknown>
    const waits = (f: Finding) => {
      const base = f.service === null ? undefined : extendsTarget(services[f.service])
      return base !== undefined && base.file === undefined && groups.has(base.service)
    }
    const plans: Array<{ plan: EditPlan; findings: Finding[] }> = []
    for (const [key, group] of groups) {
      if (waits(group[0])) continue
      tried.add(key)
      const p = planFor(group[0], file)
      if (p) plans.push({ plan: p, findings: group })
    }
    const combined = plans.length > 1 ? applyPlan(current, plans.flatMap((p) => p.plan.ops)) : undefined
    if (combined?.ok) {
      current = combined.text
      applied.push(...plans.flatMap((p) => p.findings))
      continue
    }
    for (const { plan, findings: group } of plans) {
      const result = applyPlan(current, plan)
      if (result.ok) {
        current = result.text
        applied.push(...group)
      } else failed.push({ finding: group[0], error: result.error })
    }
  }
  return { text: current, applied, failed }
}

const keyOf = (f: Finding) => f.service ?? `#${f.line}`
