// harden never lowers a score: a rule's step that would lower any service's score (or the file's) is reverted and reported.
import type { ComposeFile } from '../compose/types'
import { analyze } from '../rules/engine'
import { hardenText, recentParses } from '../rules/harden'
import type { HardenOptions, Skipped } from '../rules/harden'
import type { Finding } from '../rules/types'
import { buildReport } from './report'
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
  const reportOptions: ReportOptions = { waivers, ticked }
  // One parse and one report per text, shared by the check and the reports before and after.
  const parse = recentParses()
  const scores = new Map<ComposeFile, Report>()
  const reportOf = (file: ComposeFile) => {
    let r = scores.get(file)
    if (!r) { r = buildReport(file, analyze(file, options.rules), reportOptions); scores.set(file, r) }
    return r
  }
  const before = reportOf(parse(text))
  if (before.errors.length) return { text, applied: [], skipped: [], before, after: before }
  const check = (prev: ComposeFile, next: ComposeFile) => scoreDrop(reportOf(prev), reportOf(next))
  const result = hardenText(text, { ...hardenOptions, check, parse })
  const after = result.text === text ? before : reportOf(parse(result.text))
  return { ...result, before, after }
}

/** Why `next` scores worse than `prev` (any service, or the file), or undefined. */
export function scoreDrop(prev: Report, next: Report): string | undefined {
  for (const s of prev.services) {
    const n = next.services.find((x) => x.name === s.name)
    if (n && n.score < s.score) return `reverted: it would lower the score of service "${s.name}" from ${s.score} to ${n.score}`
  }
  if (prev.score && next.score && next.score.value < prev.score.value) return `reverted: it would lower the file score from ${prev.score.value} to ${next.score.value}`
  return undefined
}
