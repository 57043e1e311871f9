// The analysis the page shows is the engine's last answer (engine/, in a worker when one starts): findings, groups and
// the report of `validText`, or of an earlier readable text until the answer comes. Manual checklist ticks are applied
// here, on the page, so ticking never waits for the engine.
import type { Finding } from '../rules/types'
import type { ServiceFindings } from '../scoring/finding-groups'
import { withManualTicks } from '../scoring/manual-ticks'
import type { Report } from '../scoring/report'
import type { AppState } from './app-state'
import { selectParseError } from './selectors'

const NO_FINDINGS: readonly Finding[] = []
const NO_GROUPS: readonly ServiceFindings[] = []
const NO_REPORT: Report = { errors: [], warnings: [], score: null, noScoreReason: 'Analysing…', services: [], findings: [], checklist: [] }

/** The findings on screen, in the engine's order (line, column, severity, rule). */
export const selectFindings = (s: AppState): readonly Finding[] => s.analysis?.findings ?? NO_FINDINGS

export const selectFindingGroups = (s: AppState): readonly ServiceFindings[] => s.analysis?.groups ?? NO_GROUPS

let lastReport: { report: Report; ticked: AppState['ticked']; withTicks: Report } | undefined

/** Scores, grades and the checklist (with the user's manual ticks) on screen. */
export const selectReport = (s: AppState): Report => {
  const report = s.analysis?.report ?? NO_REPORT
  if (lastReport?.report === report && lastReport.ticked === s.ticked) return lastReport.withTicks
  const checklist = withManualTicks(report.checklist, s.ticked)
  lastReport = { report, ticked: s.ticked, withTicks: checklist === report.checklist ? report : { ...report, checklist: [...checklist] } }
  return lastReport.withTicks
}

/** True while the text cannot be read: what the analysis shows is the last readable version. */
export const selectAnalysisStale = (s: AppState): boolean => selectParseError(s) !== null

/** True while the engine has not yet answered for the current text (the page says so only if it takes a while). */
export const selectAnalysisPending = (s: AppState): boolean => s.analysedText !== s.text
