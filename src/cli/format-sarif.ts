// The CLI's SARIF: the report core's formatter, with each path made relative to the working directory.
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Rule } from '../rules/types'
import type { FileResult } from '../report/file-result'
import { formatSarif as formatSarifWith } from '../report/format-sarif'

export { SARIF_LEVEL, SARIF_SCHEMA, SECURITY_SEVERITY } from '../report/format-sarif'

/** A path relative to cwd with forward slashes, as code scanning wants; a path outside cwd becomes a file: URI. */
export function artifactUri(path: string, cwd: string): string {
  if (path === '-') return 'stdin'
  const abs = isAbsolute(path) ? path : resolve(cwd, path)
  const rel = relative(cwd, abs)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return pathToFileURL(abs).href
  return rel.split(sep).map(encodeURIComponent).join('/')
}

export function formatSarif(results: readonly FileResult[], options: { cwd: string; rules: readonly Rule[] }): string {
  return formatSarifWith(results, { uri: (path) => artifactUri(path, options.cwd), rules: options.rules })
}
