// The page's report downloads. JSON and SARIF are made by the CLI's own formatters from the CLI's own FileResult, so a
// download equals `secure-compose check --format json|sarif compose.yaml` for the same text; Markdown and HTML read the
// same report, with the user's manual checklist ticks.
import { RULES } from '../rules/registry'
import type { ChecklistItemId } from '../rules/types'
import { formatJson } from './format-json'
import { formatSarif } from './format-sarif'
import { reportHtml } from './html'
import { reportMarkdown } from './markdown'
import { reportOnText } from './report-on-text'
import { REPORT_FORMATS } from './report-formats'
import type { ReportFormat } from './report-formats'

export type { ReportFormat } from './report-formats'

export interface ExportedReport {
  fileName: string
  mime: string
  content: string
}

export interface ExportOptions {
  /** The document's file name, as the CLI would be given it in its working directory. */
  name?: string
  ticked?: readonly ChecklistItemId[]
}

export function exportReport(text: string, format: ReportFormat, options: ExportOptions = {}): ExportedReport {
  const name = options.name ?? 'compose.yaml'
  const meta = REPORT_FORMATS.find((f) => f.format === format)!
  const fileName = `${name.replace(/\.ya?ml$/i, '')}-report.${meta.extension}`
  const content = render(text, format, name, options.ticked ?? [])
  return { fileName, mime: meta.mime, content }
}

function render(text: string, format: ReportFormat, name: string, ticked: readonly ChecklistItemId[]): string {
  if (format === 'json') return formatJson([reportOnText(name, text)])
  // The CLI's URI for a file in its working directory: the path's segments, each URI-encoded.
  if (format === 'sarif') return formatSarif([reportOnText(name, text)], { uri: (p) => p.split('/').map(encodeURIComponent).join('/'), rules: RULES })
  const { report } = reportOnText(name, text, { ticked })
  if (!report) return ''
  return format === 'html' ? reportHtml(report, name) : reportMarkdown(report, name)
}
