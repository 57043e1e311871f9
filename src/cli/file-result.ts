// One analysed input of a CLI run: its report, or why it could not be analysed.
import type { Report } from '../scoring/report'

export interface FileResult {
  /** The path as given on the command line; '-' for standard input. */
  path: string
  /** Null when the input could not be read; parse failures still have a report (with `errors`). */
  report: Report | null
  /** Set when the input cannot be analysed: unreadable, invalid YAML, or not a Compose file. */
  error?: { message: string; line?: number; column?: number }
}

/** `secure-compose: compose.yaml:3:5: message`: the one stderr line for an input that cannot be analysed. */
export function errorLine(r: FileResult): string {
  if (!r.error) return ''
  const name = r.path === '-' ? '<stdin>' : r.path
  const where = r.error.line !== undefined ? `${name}:${r.error.line}:${r.error.column ?? 1}` : name
  return `secure-compose: ${where}: ${r.error.message}`
}
