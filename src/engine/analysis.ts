// One analysis of a text: what the findings list, the score, the checklist and the editor markers show. Plain data
// (structured-cloneable), so a Web Worker can compute it and hand it to the page.
import { parseCompose } from '../compose/read/parse'
import type { ParseProblem } from '../compose/types'
import { analyze } from '../rules/engine'
import type { Finding } from '../rules/types'
import { groupFindings } from '../scoring/finding-groups'
import type { ServiceFindings } from '../scoring/finding-groups'
import { buildReport } from '../scoring/report'
import type { Report, ReportFinding } from '../scoring/report'

export interface AnalysisRequest {
  text: string
}

export interface Analysis {
  /** The text analysed, exactly. */
  text: string
  /** Parse errors: when there are any, the text cannot be read and findings, groups and report are empty. */
  errors: ParseProblem[]
  /**
   * The findings that count, in the engine's order (line, column, severity, rule): what the list's summary, the tab's
   * badge and the editor's markers show. Waived findings are in `waived` instead.
   */
  findings: Finding[]
  /** The counted findings by service (document order), then severity. */
  groups: ServiceFindings[]
  /** Findings a waiver comment covers, with its reason and line, in the engine's order. */
  waived: ReportFinding[]
  /** Built without manual ticks: the page applies them (scoring/manual-ticks.ts), so ticking needs no analysis. */
  report: Report
}

export function analyseText({ text }: AnalysisRequest): Analysis {
  const file = parseCompose(text)
  const all = file.errors.length ? [] : analyze(file)
  const report = buildReport(file, all)
  const waived = report.findings.filter((f) => f.waived)
  const findings = waived.length ? all.filter((_, i) => !report.findings[i].waived) : all
  return {
    text,
    errors: file.errors,
    findings,
    groups: groupFindings(findings, file.services.map((s) => s.name)),
    waived,
    report,
  }
}
