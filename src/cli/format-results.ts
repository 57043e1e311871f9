// check's JSON and SARIF: the report core's formats, plus what a project adds: the file each finding was written in
// (`file`, when not the result's path), the document of a file of several (`document`), the files merged (`files`)
// and the config file used (`config`; in SARIF a run property). A plain file's output is the core's, byte for byte.
import type { Rule } from '../rules/types'
import type { FileResult } from '../report/file-result'
import { toJsonReport } from '../report/format-json'
import type { JsonReport } from '../report/format-json'
import type { CliResult, SourcedFinding } from './cli-result'
import type { Config } from './config'
import { formatSarif } from './format-sarif'

type CliJson = JsonReport & { document?: number; files?: string[]; config?: string }

function toJson(r: CliResult, config: Config | undefined): CliJson {
  const out: CliJson = toJsonReport(r.report, r.error)
  const findings = r.report?.findings ?? []
  out.findings = out.findings.map((f, i) => {
    const file = (findings[i] as SourcedFinding | undefined)?.file
    return { ...f, ...(file ? { file } : {}), ...(r.document ? { document: r.document } : {}) }
  })
  if (r.document) out.document = r.document
  if (r.sources) out.files = r.sources
  if (config) out.config = config.name
  return out
}

/** The key of a result among several: its path, `a.yaml + b.yaml` for a merge, `multi.yaml#2` for a document. */
export function jsonKey(r: CliResult): string {
  const name = r.sources && r.sources.length > 1 ? r.sources.join(' + ') : r.path
  return r.document ? `${name}#${r.document}` : name
}

export function formatJsonResults(results: readonly CliResult[], config: Config | undefined): string {
  if (results.length === 1) return `${JSON.stringify(toJson(results[0], config), null, 2)}\n`
  // No prototype: a file named `__proto__` must become a key, not replace the prototype.
  const byFile = Object.create(null) as Record<string, CliJson>
  for (const r of results) byFile[jsonKey(r)] = toJson(r, config)
  return `${JSON.stringify(byFile, null, 2)}\n`
}

/** SARIF with each finding located in the file that wrote it. */
export function formatSarifResults(results: readonly CliResult[], options: { cwd: string; rules: readonly Rule[]; config: Config | undefined }): string {
  const split: FileResult[] = []
  const documents: Array<number | undefined> = []
  for (const r of results) {
    if (!r.report) { split.push(r); continue }
    const groups = new Map<string, SourcedFinding[]>()
    for (const f of r.report.findings as SourcedFinding[]) groups.set(f.file ?? r.path, [...(groups.get(f.file ?? r.path) ?? []), f])
    if (groups.size === 0) groups.set(r.path, [])
    let first = true
    for (const [path, findings] of groups) {
      split.push({ path, report: { ...r.report, findings }, ...(first && r.error ? { error: r.error } : {}) })
      for (let i = 0; i < findings.length; i++) documents.push(r.document)
      first = false
    }
  }
  const text = formatSarif(split, options)
  if (!options.config && !documents.some((d) => d !== undefined)) return text
  const sarif = JSON.parse(text) as { runs: Array<{ properties?: Record<string, unknown>; results: Array<{ properties: Record<string, unknown> }> }> }
  const run = sarif.runs[0]
  if (options.config) run.properties = { config: options.config.name }
  run.results.forEach((res, i) => { if (documents[i] !== undefined) res.properties.document = documents[i] })
  return `${JSON.stringify(sarif, null, 2)}\n`
}
