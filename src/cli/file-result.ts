// The CLI's one stderr line for an input that cannot be analysed; the result type itself is the report core's.
import type { FileResult } from '../report/file-result'

export type { FileResult } from '../report/file-result'

/** `secure-compose: compose.yaml:3:5: message`: the one stderr line for an input that cannot be analysed. */
export function errorLine(r: FileResult): string {
  if (!r.error) return ''
  const name = r.path === '-' ? '<stdin>' : r.path
  const where = r.error.line !== undefined ? `${name}:${r.error.line}:${r.error.column ?? 1}` : name
  return `secure-compose: ${where}: ${r.error.message}`
}
