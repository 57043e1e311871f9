// `check` on one project: a file (or several merged like `docker compose -f a -f b`), with `.env` interpolation,
// `include:` and `extends.file` followed, and a file of several documents analysed one document at a time. A file
// that needs none of this is analysed exactly as written (anchors, comments and columns as the browser sees them).
import { parseCompose } from '../compose/read/parse'
import type { ComposeFile } from '../compose/types'
import { splitDocuments } from '../compose/merge/documents'
import { mergeModels, settle } from '../compose/merge/merge'
import type { MNode } from '../compose/merge/model'
import { render, sourceOf } from '../compose/merge/render'
import type { Env } from '../compose/interpolate/interpolate-env'
import { redactor } from '../compose/interpolate/redact'
import { refusal } from '../report/report-on-text'
import { analyze } from '../rules/engine'
import { buildReport } from '../scoring/report'
import type { Report } from '../scoring/report'
import { readInput } from './analyze-input'
import type { CliResult, SourcedFinding } from './cli-result'
import type { Config } from './config'
import { Loader } from './load-file'
import type { LoadError } from './load-file'
import type { Io } from './io'

export interface ProjectOptions {
  env: Env
  config?: Config
}

export async function analyzeProject(files: readonly string[], io: Io, options: ProjectOptions): Promise<CliResult[]> {
  const path = files[0]
  const input = await readInput(path, io)
  if ('error' in input) return [{ path, report: null, error: { message: input.error } }]
  if (files.length === 1) {
    const file = parseCompose(input.text)
    // Only a text the parser refuses for holding several documents is split (parseCompose checks the size first).
    const docs = file.errors.some((e) => e.code === 'MULTIPLE_DOCS') ? splitDocuments(input.text) : undefined
    if (docs) {
      const out: CliResult[] = []
      for (const d of docs) out.push({ ...(await single(path, d.text, io, options)), document: d.index })
      return out
    }
    return [await single(path, input.text, io, options, file)]
  }
  return [await merged(files, new Map([[path, input.text]]), io, options)]
}

async function single(path: string, text: string, io: Io, options: ProjectOptions, parsed?: ComposeFile): Promise<CliResult> {
  const file = parsed ?? parseCompose(text)
  if (!needsModel(file, text, options.env)) return reportOn(path, text, options.config, file)
  return merged([path], new Map([[path, text]]), io, options)
}

/** Only what reads other files or known variables goes through the merged model. */
function needsModel(file: ComposeFile, text: string, env: Env): boolean {
  if (file.errors.length || !file.data) return false
  if (file.data.include !== undefined) return true
  const services = file.data.services
  if (services && typeof services === 'object' && Object.values(services).some((s) => hasExtendsFile(s))) return true
  if (env.size === 0 || !text.includes('$')) return false
  for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) if (env.has(m[1])) return true
  return false
}

const hasExtendsFile = (s: unknown) => {
  const ext = s !== null && typeof s === 'object' ? (s as Record<string, unknown>).extends : undefined
  return ext !== null && typeof ext === 'object' && typeof (ext as Record<string, unknown>).file === 'string'
}

async function merged(files: readonly string[], preset: ReadonlyMap<string, string>, io: Io, options: ProjectOptions): Promise<CliResult> {
  const path = files[0]
  const sources = files.length > 1 ? { sources: [...files] } : {}
  const loader = new Loader(io, options.env, preset)
  let model: MNode | undefined
  try {
    for (const f of files) {
      const m = await loader.load(f)
      model = model ? mergeModels(model, m) : settle(m)
    }
  } catch (e) {
    const err = e as LoadError
    // A path can hold a variable (`include: [${DIR}/db.yaml]`): its value is not printed here either.
    const message = redactor(loader.hidden)(err.message)
    return { path: err.file ?? path, report: null, error: { message, ...(err.line !== undefined ? { line: err.line, column: err.column ?? 1 } : {}) }, ...sources }
  }
  const rendered = render(model ?? { kind: 'map', entries: [], at: { file: path, line: 1, column: 1 } }, loader.comments)
  const result = reportOn(path, rendered.text, options.config)
  const redact = redactor(loader.hidden)
  const report = result.report
  if (!report) return { ...result, ...sources }
  const place = (line: number, column: number) => sourceOf(rendered, line, column) ?? { file: path, line, column }
  // A message that names a line (invalid-waiver) names the rendered text's: give the source's instead.
  const renumber = (message: string) => message.replace(/\bline (\d+)\b/g, (m, n: string) => {
    const at = sourceOf(rendered, Number(n), 1)
    return at ? `line ${at.line}${at.file === path ? '' : ` of ${at.file}`}` : m
  })
  const findings = report.findings.map((f): SourcedFinding => {
    const at = place(f.line, f.column)
    const { data: _data, ...rest } = f
    const out: SourcedFinding = { ...rest, message: redact(renumber(f.message)), line: at.line, column: at.column }
    if (at.file !== path) out.file = at.file
    if (f.waived) out.waived = { ...f.waived, reason: redact(f.waived.reason), line: place(f.waived.line, 1).line }
    return out
  })
  const error = result.error ? { ...result.error, message: redact(result.error.message) } : undefined
  const warnings = loader.warnings.length ? { warnings: loader.warnings.map((w) => `secure-compose: ${w}`) } : {}
  return { ...result, ...(error ? { error } : {}), report: { ...report, findings, noScoreReason: report.noScoreReason && redact(report.noScoreReason) }, ...sources, ...warnings }
}

/** The report of one text, with the config's rules switched off and severities changed before the score is made. */
export function reportOn(path: string, text: string, config: Config | undefined, parsed?: ComposeFile): CliResult {
  const file = parsed ?? parseCompose(text)
  let findings = analyze(file)
  if (config && (config.off.size || config.severity.size)) {
    findings = findings.filter((f) => !config.off.has(f.ruleId)).map((f) => {
      const severity = config.severity.get(f.ruleId)
      return severity ? { ...f, severity } : f
    })
  }
  const report: Report = buildReport(file, findings)
  const error = refusal(file)
  return error ? { path, report, error } : { path, report }
}
