// run() is the whole CLI as a function of (argv, io) -> exit code: 0 ok, 1 --fail-on tripped, 2 bad usage or input.
import { RULES } from '../rules/registry'
import type { Severity } from '../rules/types'
import { SEVERITIES } from '../rules/types'
import { fixKey } from '../rules/fix'
import { harden } from '../scoring/harden'
import { reportForText } from '../scoring/report'
import { waivedFixes } from '../scoring/waivers'
import { parseCompose } from '../compose/read/parse'
import { documentInPlace, documentPieces } from '../compose/merge/documents'
import { readInput, refusal } from './analyze-input'
import { analyzeProject } from './analyze-project'
import type { CliResult } from './cli-result'
import { resultErrorLine } from './cli-result'
import { ConfigError, findConfig } from './config'
import type { Config } from './config'
import { projectEnv } from './env-files'
import { expandInputs } from './expand-inputs'
import { formatJsonResults, formatSarifResults } from './format-results'
import { parseArgs } from './args'
import type { Command } from './args'
import type { FileResult } from './file-result'
import { formatText, useColor } from './format-text'
import { HELP } from './help'
import type { Io } from './io'
import { VERSION } from '../report/version'
import { runConvert } from './convert-command'

export async function run(argv: readonly string[], io: Io): Promise<number> {
  // `convert` has its own options and help (convert-command.ts).
  if (argv[0] === 'convert') return runConvert(argv.slice(1), io)
  const cmd = parseArgs(argv)
  switch (cmd.kind) {
    case 'help': io.stdout(HELP); return 0
    case 'version': io.stdout(`${VERSION}\n`); return 0
    case 'usage-error': io.stderr(`secure-compose: ${cmd.message}\n`); return 2
    case 'check': return check(cmd, io)
    case 'fix': return fix(cmd, io)
  }
}

async function check(cmd: Extract<Command, { kind: 'check' }>, io: Io): Promise<number> {
  let config: Config | undefined
  try {
    config = await findConfig(io, cmd.options.config)
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    io.stderr(`secure-compose: ${err.message}\n`)
    return 2
  }
  const { projects, errors } = await expandInputs(cmd.files, io, config)
  if (cmd.options.composeFiles.length) projects.unshift(cmd.options.composeFiles)
  const results: CliResult[] = [...errors]
  for (const files of projects) {
    const env = await projectEnv(io, cmd.options.envFiles, files[0])
    for (const w of env.warnings) io.stderr(`${w}\n`)
    if (env.error) { io.stderr(`secure-compose: ${env.error}\n`); return 2 }
    results.push(...await analyzeProject(files, io, { env: env.env, config }))
  }
  for (const r of results) {
    for (const w of r.warnings ?? []) io.stderr(`${w}\n`)
    if (r.error) io.stderr(`${resultErrorLine(r)}\n`)
  }
  if (cmd.format === 'json') io.stdout(formatJsonResults(results, config))
  else if (cmd.format === 'sarif') io.stdout(formatSarifResults(results, { cwd: io.cwd, rules: RULES, config }))
  else io.stdout(formatText(results, { color: useColor(io.isTTY, io.env), config: config?.name }))
  if (results.some((r) => r.error)) return 2
  const failOn = cmd.options.failOnGiven ? cmd.failOn : (config?.failOn ?? cmd.failOn)
  return failOn !== 'none' && results.some((r) => tripsFailOn(r, failOn)) ? 1 : 0
}

const atOrAbove = (s: Severity, threshold: Severity) => SEVERITIES.indexOf(s) <= SEVERITIES.indexOf(threshold)
const tripsFailOn = (r: FileResult, threshold: Severity) => (r.report?.findings ?? []).some((f) => !f.waived && atOrAbove(f.severity, threshold))

async function fix(cmd: Extract<Command, { kind: 'fix' }>, io: Io): Promise<number> {
  // Files, folders (their compose file and override file, each fixed on its own) and patterns, as check reads them.
  const { projects, errors } = await expandInputs(cmd.files, io, undefined)
  for (const e of errors) io.stderr(`${resultErrorLine(e)}\n`)
  const files = [...new Set(projects.flat())]
  if (!cmd.write && files.length > 1) {
    io.stderr(`secure-compose: ${cmd.files.join(' ')} gives ${files.length} files; fix prints one: give --write to fix them in place\n`)
    return 2
  }
  let code = errors.length ? 2 : 0
  for (const file of files) code = Math.max(code, await fixFile(file, cmd, io))
  return code
}

/** Hardens one file: prints it (a summary on stderr), or with --write rewrites it (the summary on stdout). */
async function fixFile(path: string, cmd: Extract<Command, { kind: 'fix' }>, io: Io): Promise<number> {
  const input = await readInput(path, io)
  if ('error' in input) {
    io.stderr(`${resultErrorLine({ path, report: null, error: { message: input.error } })}\n`)
    return 2
  }
  const text = input.text
  const whole = parseCompose(text)
  // A file of several documents (---) is hardened one document at a time, each in its own piece of the text.
  const pieces = whole.errors.some((e) => e.code === 'MULTIPLE_DOCS') ? documentPieces(text) : undefined
  // The same refusals as check: invalid YAML (with its line), or a file that is not a Compose file; in a file of
  // several documents, any document with content (read in place, so the line is the file's).
  const checked = pieces ? pieces.filter((p) => !p.empty).map((p) => ({ document: p.index, file: parseCompose(documentInPlace(text, p)) })) : [{ document: undefined, file: whole }]
  for (const { document, file } of checked) {
    const refused = refusal(file)
    if (refused) {
      io.stderr(`${resultErrorLine({ path, report: null, error: refused, document })}\n`)
      return 2
    }
  }
  const name = path === '-' ? '<stdin>' : path
  const parts = (pieces ?? [{ index: undefined, start: 0, end: text.length, empty: false }]).map(({ index, start, end, empty }) => {
    const piece = text.slice(start, end)
    if (empty) return { text: piece, summary: '' }
    // A waived finding is a recorded decision: its fix is left out, so the waiver keeps waiving.
    const waived = waivedFixes(reportForText(piece).report.findings)
    const result = harden(piece, { unsafe: cmd.unsafe, only: (f) => !waived.has(fixKey(f)) })
    return { text: result.text, summary: `secure-compose: ${name}${index ? ` (document ${index})` : ''}: ${summarize(result, cmd.unsafe, waived)}\n` }
  })
  const fixed = parts.map((p) => p.text).join('')
  const summary = parts.map((p) => p.summary).join('')
  if (!cmd.write) {
    io.stdout(fixed)
    io.stderr(summary)
    return 0
  }
  if (fixed !== text) {
    try {
      await io.writeFile(path, fixed)
    } catch (err) {
      io.stderr(`secure-compose: ${name}: cannot write: ${(err as { code?: string }).code ?? String(err)}\n`)
      return 2
    }
  }
  io.stdout(summary)
  return 0
}

function summarize(result: ReturnType<typeof harden>, unsafe: boolean, waivedFixes: ReadonlySet<string>): string {
  const { before, after, applied, skipped } = result
  const score = (r: typeof before) => (r.score ? `${r.score.value} ${r.score.grade}` : 'no score')
  const parts = [`${applied.length} fix${applied.length === 1 ? '' : 'es'} applied`]
  if (before.score) parts.push(`score ${score(before)} → ${score(after)}`)
  const isWaived = (f: (typeof skipped)[number]['finding']) => f.fix !== 'none' && waivedFixes.has(fixKey(f))
  const waived = skipped.filter((s) => isWaived(s.finding)).length
  const manual = skipped.filter((s) => s.finding.fix === 'none').length
  const notSelected = skipped.filter((s) => s.finding.fix === 'unsafe' && !unsafe && !isWaived(s.finding)).length
  const failed = skipped.length - waived - manual - notSelected
  const left: string[] = []
  if (waived) left.push(`${waived} waived`)
  if (manual) left.push(`${manual} without an automatic fix`)
  if (notSelected) left.push(`${notSelected} with an unsafe fix (add --unsafe)`)
  if (failed) left.push(`${failed} whose fix could not be applied`)
  if (left.length) parts.push(`${skipped.length} finding${skipped.length === 1 ? '' : 's'} left: ${left.join(', ')}`)
  return parts.join('; ')
}
