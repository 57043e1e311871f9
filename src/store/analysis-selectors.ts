// The analysis is derived, never stored: findings and the report are pure functions of the last readable text
// (and the manual ticks), memoised by that text, so the lists, the score and the editor markers share one run.
// It follows `validText`, which trails typing by the store's analyse delay: analysis stays off the keystroke path.
import type { ComposeFile } from '../compose/types'
import { analyze } from '../rules/engine'
import type { Finding, Severity } from '../rules/types'
import { SEVERITIES } from '../rules/types'
import { buildReport } from '../scoring/report'
import type { Report } from '../scoring/report'
import type { AppState } from './app-state'
import { selectParseError, selectShown } from './selectors'

export interface SeverityGroup {
  severity: Severity
  findings: Finding[]
}

/** The findings about one service (service null: about the whole file), by severity, worst first. */
export interface ServiceFindings {
  service: string | null
  count: number
  severities: SeverityGroup[]
}

/** Groups findings by service (document order, file-level ones last), then by severity; engine order inside. */
export function groupFindings(findings: readonly Finding[], serviceOrder: readonly string[]): ServiceFindings[] {
  const byService = new Map<string | null, Finding[]>()
  for (const name of serviceOrder) byService.set(name, [])
  for (const f of findings) {
    const list = byService.get(f.service) ?? []
    byService.set(f.service, list)
    list.push(f)
  }
  const groups: ServiceFindings[] = []
  for (const [service, list] of byService) {
    if (list.length === 0) continue
    const severities = SEVERITIES.map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) })).filter(
      (g) => g.findings.length > 0,
    )
    groups.push({ service, count: list.length, severities })
  }
  // File-level findings (`include:`) after the services.
  return groups.sort((a, b) => Number(a.service === null) - Number(b.service === null))
}

interface Analysis {
  text: string
  file: ComposeFile
  findings: Finding[]
  groups: ServiceFindings[]
}

// One entry is enough: every subscriber asks about the same text. Keyed by the string, so a parse evicted from
// parseMemo and re-created never yields a new (unequal) result for an unchanged state.
let last: Analysis | undefined

function analysisOf(s: AppState): Analysis {
  if (last?.text === s.validText) return last
  const file = selectShown(s)
  const findings = analyze(file)
  last = { text: s.validText, file, findings, groups: groupFindings(findings, file.services.map((x) => x.name)) }
  return last
}

/** The findings of the last readable text, in the engine's order (line, column, severity, rule). */
export const selectFindings = (s: AppState): readonly Finding[] => analysisOf(s).findings

export const selectFindingGroups = (s: AppState): readonly ServiceFindings[] => analysisOf(s).groups

let lastReport: { text: string; ticked: AppState['ticked']; report: Report } | undefined

/** Scores, grades and the checklist (with the user's manual ticks) of the last readable text. */
export const selectReport = (s: AppState): Report => {
  if (lastReport && lastReport.text === s.validText && lastReport.ticked === s.ticked) return lastReport.report
  const { file, findings } = analysisOf(s)
  lastReport = { text: s.validText, ticked: s.ticked, report: buildReport(file, findings, { ticked: s.ticked }) }
  return lastReport.report
}

/** True while the text cannot be read: what the analysis shows is the last readable version. */
export const selectAnalysisStale = (s: AppState): boolean => selectParseError(s) !== null
