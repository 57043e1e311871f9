// The analysis is derived, never stored: findings and the report are pure functions of the last readable text
// (and the manual ticks), memoised by that text, so the lists, the score and the editor markers share one run.
// It follows `validText`, which trails typing by the store's analyse delay: analysis stays off the keystroke path.
import type { ComposeFile } from '../compose/types'
import { analyze } from '../rules/engine'
import type { Finding } from '../rules/types'
import { groupFindings } from '../scoring/finding-groups'
import type { ServiceFindings } from '../scoring/finding-groups'
import { buildReport } from '../scoring/report'
import type { Report } from '../scoring/report'
import type { AppState } from './app-state'
import { selectParseError, selectShown } from './selectors'

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
