// harden never lowers a score: a rule's step that would lower any service's score (or the file's) is reverted and reported.
import type { ComposeFile } from '../compose/types'
import { fixRules, hardenOutcome, orderedFixRules, recentParses, selection } from '../rules/harden'
import type { HardenOptions, Skipped } from '../rules/harden'
import { RULES } from '../rules/registry'
import type { Finding, Rule } from '../rules/types'
import { findingsMemo } from './harden-findings'
import type { FindingsMemo } from './harden-findings'
import { hardenServices } from './harden-services'
import type { ServicesRun } from './harden-services'
import { buildReport } from './report'
import { scoreFile, scoreService } from './score'
import { waiverFor } from './waivers'
import type { Report, ReportOptions } from './report'

export interface HardenResult {
  /** The whole new text: the UI applies it as one edit (one undo step). */
  text: string
  applied: Finding[]
  skipped: Skipped[]
  before: Report
  after: Report
}

export function harden(text: string, options: Omit<HardenOptions, 'check' | 'parse'> & ReportOptions): HardenResult {
  const { waivers, ticked, ...hardenOptions } = options
  return hardenIn(hardenSession(text, { waivers, ticked }, options.rules), hardenOptions)
}

/**
 * What the hardens of one text share: one parse, one analysis and one report per text on the way (the check and the
 * reports before and after read them), and, for a session that ticks fixes (harden-session.ts), the outcomes of
 * services hardened on their own.
 */
export interface HardenSession {
  text: string
  parse: (text: string) => ComposeFile
  findings: FindingsMemo
  reportOf: (file: ComposeFile) => Report
  /** What the score check reads: the report's scores (without its checklist when no comment in the file can waive). */
  scoresOf: (file: ComposeFile) => Scores
  rules: readonly Rule[]
  reuse?: ServicesRun['reuse']
}

type Scores = Pick<Report, 'services' | 'score'>

export function hardenSession(text: string, reportOptions: ReportOptions = {}, rules: readonly Rule[] = RULES): HardenSession {
  const recent = recentParses()
  const first = recent(text)
  const parse = (t: string) => (t === text ? first : recent(t))
  const findings = findingsMemo(rules)
  const reports = new WeakMap<ComposeFile, Report>()
  const reportOf = (file: ComposeFile) => {
    let r = reports.get(file)
    if (!r) {
      r = buildReport(file, findings.of(file), reportOptions)
      reports.set(file, r)
    }
    return r
  }
  const scores = new WeakMap<ComposeFile, Scores>()
  const given = reportOptions.waivers ?? []
  const scoresOf = (file: ComposeFile): Scores => {
    let r = scores.get(file) ?? reports.get(file)
    if (r) return r
    // The report's own counting (buildReport), for a text without waiver comments: only the given waivers apply.
    if (file.text.includes('secure-compose:')) return reportOf(file)
    const byService = new Map<string, Finding[]>()
    for (const f of findings.of(file)) {
      if (f.service !== null && !(given.length && waiverFor(f, given))) byService.set(f.service, [...(byService.get(f.service) ?? []), f])
    }
    const services = file.services.map((s) => scoreService(s.name, byService.get(s.name) ?? []))
    r = { services, score: scoreFile(services) }
    scores.set(file, r)
    return r
  }
  return { text, parse, findings, reportOf, scoresOf, rules }
}

/** The session's text hardened: service by service when it can be (harden-services.ts), else rule by rule over the file. */
export function hardenIn(session: HardenSession, options: Omit<HardenOptions, 'check' | 'parse' | 'rules'>): HardenResult {
  const { text, parse, findings, reportOf, scoresOf, rules, reuse } = session
  const file = parse(text)
  const before = reportOf(file)
  if (before.errors.length) return { text, applied: [], skipped: [], before, after: before }
  const check = (prev: ComposeFile, next: ComposeFile) => scoreDrop(scoresOf(prev), scoresOf(next))
  const selected = selection(options)
  const run = hardenServices({ file, rules, selected, check, parse, findings, reuse }) ?? fixRules(file, orderedFixRules(rules), selected, check, parse, { findings: findings.of })
  const result = hardenOutcome(file, findings.of(file), run, { ...options, rules }, findings.of(run.file))
  const after = result.text === text ? before : reportOf(run.file)
  return { ...result, before, after }
}

/** Why `next` scores worse than `prev` (any service, or the file), or undefined. */
export function scoreDrop(prev: Scores, next: Scores): string | undefined {
  for (const s of prev.services) {
    const n = next.services.find((x) => x.name === s.name)
    if (n && n.score < s.score) return `reverted: it would lower the score of service "${s.name}" from ${s.score} to ${n.score}`
  }
  if (prev.score && next.score && next.score.value < prev.score.value) return `reverted: it would lower the file score from ${prev.score.value} to ${next.score.value}`
  return undefined
}
