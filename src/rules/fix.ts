// The one way from a finding to its fix, for the lightbulb, the findings list, Harden and `secure-compose fix`: the
// rule's fixPlan (which calls the same edits the forms use) against the current text; one plan applier turns it into text.
import { applyPlan } from '../compose/write/apply-plan'
import type { ApplyOptions } from '../compose/write/apply-plan'
import { extendsTarget } from '../compose/read/extends'
import { parseCompose } from '../compose/read/parse'
import type { ComposeFile, EditPlan } from '../compose/types'
import { analyze } from './engine'
import { RULE_BY_ID } from './registry'
import type { Finding, Rule } from './types'

/** Identifies one rule's fix on one service (a file-level finding: on its line). A fix covers every finding of its rule on the service. */
export const fixKey = (f: Pick<Finding, 'ruleId' | 'service' | 'line'>): string => `${f.ruleId}\u0000${f.service ?? `#${f.line}`}`

/** Identifies a finding across edits, where its line and column move. */
export const findingKey = (f: Finding): string => `${f.ruleId}\u0000${f.service ?? ''}\u0000${f.messageId}\u0000${JSON.stringify(f.at ?? null)}`

/**
 * The plan that fixes `finding` (and the other findings of its rule on its service) in `file`, or why there is none.
 * The finding may come from an earlier text (it was shown, then the user typed): it is looked up again in `file`, among
 * `current` when the caller has the rule's findings of `file` already.
 */
export function planFix(finding: Finding, file: ComposeFile, current?: readonly Finding[]): EditPlan | string {
  const rule = RULE_BY_ID.get(finding.ruleId)
  if (!rule) return `There is no rule "${finding.ruleId}"; nothing was changed.`
  const where = finding.service === null ? 'this file' : finding.service
  if (finding.fix === 'none' || !rule.fixPlan) return `"${rule.title}" has no automatic fix: change ${where} by hand.`
  const mine = (current ?? analyze(file, [rule])).filter((f) => f.ruleId === rule.id && f.service === finding.service)
  const key = findingKey(finding)
  const match = mine.find((f) => findingKey(f) === key) ?? mine.find((f) => f.fix !== 'none')
  if (!match) return mine.length ? `"${rule.title}" has no automatic fix here any more.` : `"${rule.title}" is no longer reported for ${where}: nothing to fix.`
  const service = match.service === null ? undefined : file.services.find((s) => s.name === match.service)
  return rule.fixPlan({ file, service, finding: match }) ?? `"${rule.title}" could not plan a fix for ${where}; change it by hand.`
}

export interface FixOutcome {
  text: string
  /** The findings whose fixes were applied. */
  applied: Finding[]
  /** The round each of `applied` was fixed in (a service that extends another may wait for it). */
  rounds: number[]
  /** Fixes that could not be applied, with the applier's reason. */
  failed: Array<{ finding: Finding; error: string }>
}

export interface RuleFixOptions {
  /** Parses a text: a caller that has parsed it already (Harden, rule after rule) hands its parses over; each result parsed there is reused. */
  parse?: (text: string) => ComposeFile
  /** All rules' findings of a parsed file, when the caller keeps them: the rule's are read there instead of analysed again. */
  findings?: (file: ComposeFile) => readonly Finding[]
  /** Goes to the plan applier as it is (Harden's layout habits for a service changed on its own). */
  apply?: Omit<ApplyOptions, 'parse'>
}

/**
 * Applies one rule's fixes to every service it fires on: one plan per service (the first finding stands for the rest).
 * Each round computes plans against one parse and hands them to the applier as one combined plan (a single bad plan
 * then falls back to one by one, so it only costs its own service). A service that `extends` another service fixed
 * in the same round waits for the next round: fixing its base may already fix it.
 */
export function applyRuleFixes(
  text: string,
  rule: Rule,
  accept: (f: Finding) => boolean = () => true,
  options: RuleFixOptions | ((text: string) => ComposeFile) = {},
): FixOutcome {
  const { parse, findings: known, apply = {} } = typeof options === 'function' ? { parse: options } : options
  let current = text
  const applied: Finding[] = []
  const rounds: number[] = []
  const failed: FixOutcome['failed'] = []
  const fixed = (group: readonly Finding[], round: number) => {
    applied.push(...group)
    rounds.push(...group.map(() => round))
  }
  const tried = new Set<string>()
  for (let round = 0; round < 4; round++) {
    const file = (parse ?? parseCompose)(current)
    const groups = new Map<string, Finding[]>()
    const findings = known ? known(file).filter((f) => f.ruleId === rule.id) : analyze(file, [rule])
    for (const f of findings) {
      if (f.fix === 'none' || !accept(f) || tried.has(fixKey(f))) continue
      groups.set(fixKey(f), [...(groups.get(fixKey(f)) ?? []), f])
    }
    if (groups.size === 0) break
    const services = (file.data?.services ?? {}) as Record<string, unknown>
    const waits = (f: Finding) => {
      const base = f.service === null ? undefined : extendsTarget(services[f.service])
      return base !== undefined && base.file === undefined && groups.has(fixKey({ ...f, service: base.service }))
    }
    const plans: Array<{ plan: EditPlan; findings: Finding[] }> = []
    for (const [key, group] of groups) {
      if (waits(group[0])) continue
      tried.add(key)
      const p = planFix(group[0], file, findings)
      if (typeof p !== 'string') plans.push({ plan: p, findings: group })
    }
    const combined = plans.length > 1 ? applyPlan(current, plans.flatMap((p) => p.plan.ops), { ...apply, parse }) : undefined
    if (combined?.ok) {
      current = combined.text
      for (const p of plans) fixed(p.findings, round)
      continue
    }
    for (const { plan, findings: group } of plans) {
      const result = applyPlan(current, plan, { ...apply, parse })
      if (result.ok) {
        current = result.text
        fixed(group, round)
      } else failed.push({ finding: group[0], error: result.error })
    }
  }
  return { text: current, applied, rounds, failed }
}
