// Harden service by service gives the text hardenText gives rule by rule over the whole file, or null (run that then).
import { detectStyle, indentCounts, sameStyleInEveryMix } from '../compose/write/plan-style'
import type { IndentCounts, Style } from '../compose/write/plan-style'
import { sameData } from '../compose/write/plan-expect'
import { joinServices, serviceIndentCounts, splitServices } from '../compose/write/service-split'
import type { ComposeFile } from '../compose/types'
import { fixRules, orderedFixRules } from '../rules/harden'
import type { FixRun, HardenOptions } from '../rules/harden'
import type { Finding, Rule } from '../rules/types'
import { hardenAlone, sameCounts, sum } from './harden-alone'
import { findingsMemo } from './harden-findings'
import type { FindingsMemo } from './harden-findings'
import type { ServiceOutcome } from './harden-alone'

/**
 * Fixes that read or write other services or top-level keys run over the whole file, after the others: these, and
 * every rule that checks the file or other rules' findings (their findings belong to no service).
 */
export const WHOLE_FILE_FIXES: ReadonlySet<string> = new Set(['require-internal-network-for-database'])
const wholeFile = (r: Rule) => WHOLE_FILE_FIXES.has(r.id) || Boolean(r.checkFile || r.checkFindings)

export interface ServicesRun {
  file: ComposeFile
  rules: readonly Rule[]
  selected: (f: Finding) => boolean
  check: HardenOptions['check']
  parse: (text: string) => ComposeFile
  /** The findings of the texts on the way (shared with `check`, which should read them there). */
  findings?: FindingsMemo
  /**
   * Outcomes kept between runs on this text with the same rules and check (harden-session.ts): a service's outcome
   * is kept under its name and `key(name)`, which must say everything `selected` decides for that service.
   */
  reuse?: { key: (service: string) => string; outcomes: Map<string, ServiceOutcome | null> }
}

/**
 * Each service on its own (harden-alone.ts; services that read one another, through an anchor or `extends`, as one
 * group), the lines joined, then the whole-file fixes over the joined text. Rule by rule over the whole file, a group's
 * fixes read and write only its own lines (a step writing outside them sends the file back), so the only thing that
 * could tell the two orders apart is the file's layout vote: its winner must be the same in every mix of the groups'
 * states. The joined text must read as each service did on its own, and the fixes come out in hardenText's order
 * (rule, round, then service).
 */
export function hardenServices(run: ServicesRun): FixRun | null {
  const { file, parse } = run
  const split = splitServices(file)
  if (!split) return null
  const ordered = orderedFixRules(run.rules)
  const firstWide = ordered.findIndex(wholeFile)
  const own = firstWide < 0 ? ordered : ordered.slice(0, firstWide)
  let style: Style | undefined
  const findings = run.findings ?? findingsMemo(run.rules)
  const outcomes: ServiceOutcome[] = []
  for (const names of split.groups) {
    const key = run.reuse && names.map((name) => `${name}\u0000${run.reuse?.key(name)}`).join('\u0002')
    let outcome = key === undefined ? undefined : run.reuse?.outcomes.get(key)
    if (outcome === undefined) {
      style ??= detectStyle(file.text, file.doc)
      outcome = hardenAlone({ file, split, rules: own, selected: run.selected, check: run.check, parse, style, findings }, names)
      if (key !== undefined) run.reuse?.outcomes.set(key, outcome)
    }
    if (!outcome) return null
    outcomes.push(outcome)
  }
  const moved = outcomes.filter((o) => o.states.length > 1)
  if (moved.length && !sameStyleInEveryMix(indentCounts(file.text, file.doc), moved.map((o) => o.states))) return null
  const parts = outcomes.flatMap((o) => o.parts)
  const joined = parse(joinServices(split, new Map(parts.map((p) => [p.name, p.lines]))))
  const services = Object.fromEntries(parts.map((p) => [p.name, p.data]))
  if (joined.errors.length || !sameData(joined.data, { ...file.data, services })) return null
  // The layout counts a service ends with may be worked out rather than read (harden-alone.ts): they are read here.
  for (const o of moved) {
    const counts = o.parts.map((p) => serviceIndentCounts(joined.text, joined.doc, p.name))
    if (counts.some((c) => !c) || !sameCounts(sum(...(counts as IndentCounts[])), o.states[o.states.length - 1])) return null
  }

  const rest = fixRules(joined, ordered.slice(own.length), run.selected, run.check, parse, { findings: findings.of })
  const failures = new Map(outcomes.flatMap((o) => o.failures))
  for (const [k, reason] of rest.failures) failures.set(k, reason)
  // hardenText's order within a rule: round by round, services in document order.
  const at = new Map(split.services.map((s, i) => [s.name, i]))
  const applied: Finding[][] = []
  const rounds: number[][] = []
  own.forEach((_, i) => {
    const fixed = outcomes.flatMap((o) => o.applied[i].map((f, j) => ({ f, round: o.rounds[i][j] })))
    fixed.sort((a, b) => a.round - b.round || (at.get(a.f.service ?? '') ?? 0) - (at.get(b.f.service ?? '') ?? 0))
    applied.push(fixed.map((x) => x.f))
    rounds.push(fixed.map((x) => x.round))
  })
  return { file: rest.file, applied: [...applied, ...rest.applied], rounds: [...rounds, ...rest.rounds], failures, broke: rest.broke }
}
