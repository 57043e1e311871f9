// A report is a pure function of (file, findings, waivers, ticks): the same input always gives the same report.
// Waivers are read from the file's comments (and any the caller gives).
import { parseCompose } from '../compose/read/parse'
import type { ComposeFile, ParseProblem } from '../compose/types'
import { analyze } from '../rules/engine'
import type { Finding, Rule } from '../rules/types'
import { evaluateChecklist } from './checklist'
import type { ChecklistEntry, ChecklistOptions } from './checklist'
import { scoreFile, scoreService } from './score'
import type { FileScore, ServiceScore } from './score'
import { waivedMarks } from './waivers'
import type { WaivedMark } from './waivers'

export interface ReportFinding extends Finding {
  /** Set when a waiver covers the finding: shown, but not counted in scores or the checklist. `line`: the waiver's. */
  waived?: WaivedMark
}

export interface Report {
  /** Why the text could not be analysed; when non-empty there are no services, findings or score. */
  errors: ParseProblem[]
  warnings: ParseProblem[]
  /** Null when there is nothing to score; `noScoreReason` says why. */
  score: FileScore | null
  noScoreReason?: string
  /** In document order. */
  services: ServiceScore[]
  /** In the engine's order (line, column, severity, rule id). */
  findings: ReportFinding[]
  checklist: ChecklistEntry[]
}

export type ReportOptions = ChecklistOptions

export function buildReport(file: ComposeFile, findings: readonly Finding[], options: ReportOptions = {}): Report {
  const marks = waivedMarks(file, findings, options.waivers)
  const shown: ReportFinding[] = findings.map((f, i) => {
    const waived = marks[i]
    return waived ? { ...f, waived } : f
  })
  const counting = shown.filter((f) => !f.waived)
  // Grouped first: scoring each service against every finding would be quadratic in files with thousands of services.
  const byService = new Map<string, ReportFinding[]>()
  for (const f of counting) if (f.service !== null) byService.set(f.service, [...(byService.get(f.service) ?? []), f])
  const services = file.services.map((s) => scoreService(s.name, byService.get(s.name) ?? []))
  const score = scoreFile(services)
  const report: Report = {
    errors: file.errors, warnings: file.warnings, score, services, findings: shown,
    checklist: evaluateChecklist(file, shown, options),
  }
  if (!score) report.noScoreReason = noScoreReason(file)
  return report
}

/** Parse, analyse and report in one step (what the CLI and the bench run). */
export function reportForText(text: string, options: ReportOptions & { rules?: readonly Rule[] } = {}): { file: ComposeFile; report: Report } {
  const file = parseCompose(text)
  return { file, report: buildReport(file, analyze(file, options.rules), options) }
}

function noScoreReason(file: ComposeFile): string {
  if (file.errors.length) {
    const e = file.errors[0]
    return `The file cannot be analysed (line ${e.line}, column ${e.column}): ${e.message}`
  }
  if (file.data && Object.prototype.hasOwnProperty.call(file.data, 'services')) return 'The file has an empty `services:` section: there is nothing to score.'
  return 'The file has no `services:` section: there is nothing to score. Add a service to get a score.'
}
