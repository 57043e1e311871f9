// JSON output: one file gives the spec's object; several give an object keyed by path (as typed), each value that same object.
import type { Report } from '../scoring/report'
import type { FileResult } from './file-result'

export interface JsonReport {
  score: { value: number; grade: string; mean: number } | null
  /** Only when score is null: why there is none. */
  scoreReason?: string
  services: Array<{ name: string; score: number; grade: string }>
  findings: Array<{
    ruleId: string; severity: string; service: string | null; message: string; line: number; column: number; fix: string
    /** The waiver's reason and the line of its comment. */
    waived?: { reason: string; line: number }
  }>
  checklist: Array<{ group: string; item: string; status: string; failing: string[] }>
  /** Only for inputs that cannot be analysed. */
  errors?: Array<{ message: string; line?: number; column?: number }>
}

export function toJsonReport(report: Report | null, error?: FileResult['error']): JsonReport {
  const out: JsonReport = {
    score: report?.score ? { value: report.score.value, grade: report.score.grade, mean: report.score.mean } : null,
    services: (report?.services ?? []).map((s) => ({ name: s.name, score: s.score, grade: s.grade })),
    findings: (report?.findings ?? []).map((f) => ({
      ruleId: f.ruleId, severity: f.severity, service: f.service, message: f.message, line: f.line, column: f.column, fix: f.fix,
      ...(f.waived ? { waived: { reason: f.waived.reason, line: f.waived.line } } : {}),
    })),
    checklist: (report?.checklist ?? []).map((c) => ({ group: c.group, item: c.item, status: c.status, failing: c.failing })),
  }
  if (!out.score) out.scoreReason = error ? `The file cannot be analysed: ${error.message}` : report?.noScoreReason
  if (error) out.errors = [error]
  return out
}

export function formatJson(results: readonly FileResult[]): string {
  if (results.length === 1) return `${JSON.stringify(toJsonReport(results[0].report, results[0].error), null, 2)}\n`
  // No prototype: a file named `__proto__` must become a key, not replace the prototype.
  const byFile = Object.create(null) as Record<string, JsonReport>
  for (const r of results) byFile[r.path] = toJsonReport(r.report, r.error)
  return `${JSON.stringify(byFile, null, 2)}\n`
}
