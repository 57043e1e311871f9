// What `check` makes of one input: the report core's FileResult, plus where its findings were written when the
// input is several files (a merge, an include, extends.file) or one document of several.
import type { FileResult } from '../report/file-result'
import type { ReportFinding } from '../scoring/report'

export interface SourcedFinding extends ReportFinding {
  /** The file that wrote the value (when it is not the result's path). */
  file?: string
}

export interface CliResult extends FileResult {
  /** 1-based index of the document in a file of several (`---`); lines are the whole file's. */
  document?: number
  /** Every file read for this result, the first being `path`, when there is more than one. */
  sources?: string[]
  /** Lines for stderr that do not stop the analysis (an included resource clashing with one defined here). */
  warnings?: string[]
}

/** The file a finding points at. */
export const findingFile = (r: CliResult, f: ReportFinding): string => (f as SourcedFinding).file ?? r.path

/** How the text output and stderr name a result: `compose.yaml`, `a.yaml + b.yaml`, `multi.yaml (document 2)`. */
export function resultName(r: CliResult): string {
  const name = r.sources && r.sources.length > 1 ? r.sources.join(' + ') : r.path === '-' ? '<stdin>' : r.path
  return r.document ? `${name} (document ${r.document})` : name
}

/** `secure-compose: compose.yaml:3:5: message`: the one stderr line for a result that cannot be analysed. */
export function resultErrorLine(r: CliResult): string {
  if (!r.error) return ''
  const name = r.path === '-' ? '<stdin>' : r.path
  const where = r.error.line !== undefined ? `${name}:${r.error.line}:${r.error.column ?? 1}` : name
  return `secure-compose: ${where}: ${r.error.message}${r.document ? ` (document ${r.document})` : ''}`
}
