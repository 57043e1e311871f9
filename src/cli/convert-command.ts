// `secure-compose convert`: docker run commands (a file or standard input) -> Compose YAML on stdout, or with --to run a
// Compose file -> the docker run commands. Notes, unsupported options and problems go to stderr; exit 0, or 2 for a usage
// error, an unreadable input, or a docker run command that could not be converted.
import { parseCompose } from '../compose/read/parse'
import { composeToRun } from '../convert/compose-to-run'
import { runToCompose } from '../convert/run-to-compose'
import { readInput, refusal } from './analyze-input'
import { errorLine } from './file-result'
import type { Io } from './io'

export const CONVERT_HELP = `Usage:
  secure-compose convert [FILE]                  docker run commands -> Compose YAML
  secure-compose convert --to run FILE [--service NAME]   Compose file -> docker run commands

FILE may be - (or left out) for standard input.

convert          Reads one or more docker run (or docker create) commands: line continuations, quotes, $VAR
                 (written as the Compose variable \${VAR}), several commands by line, && or ;. Prints the services,
                 with the networks, volumes and secrets they need, as YAML on stdout. On stderr: the options that
                 have no Compose equivalent, notes on what changed meaning, and the lines that are not docker run
                 commands (skipped).
--to run         The other way: prints a docker run command for each service (or only --service NAME), with the
                 commands to run first and, as # comments, what has no docker run option.

Exit codes: 0 success; 2 usage error, an unreadable or invalid input, nothing to convert, or a docker run
command that could not be converted (an unclosed quote, no image, an option without its value).
`

interface ConvertArgs {
  file: string
  to: 'compose' | 'run'
  service?: string
}

/** `convert`'s own arguments (everything after the word convert). */
function parseConvertArgs(argv: readonly string[]): ConvertArgs | 'help' | { error: string } {
  const files: string[] = []
  let to: ConvertArgs['to'] = 'compose'
  let service: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined]
    const value = () => inline ?? argv[++i]
    if (flag === '--help' || flag === '-h') return 'help'
    else if (flag === '--to') {
      const v = value()
      if (v !== 'compose' && v !== 'run') return { error: `--to needs compose or run${v ? `, not "${v}"` : ''}` }
      to = v
    } else if (flag === '--service') {
      const v = value()
      if (!v) return { error: '--service needs a service name' }
      service = v
    } else if (a === '-' || !a.startsWith('-')) files.push(a)
    else return { error: `unknown option ${a} for convert` }
  }
  if (files.length > 1) return { error: 'convert takes one file (or - for standard input)' }
  if (service !== undefined && to !== 'run') return { error: '--service goes with --to run' }
  return { file: files[0] ?? '-', to, service }
}

export async function runConvert(argv: readonly string[], io: Io): Promise<number> {
  const args = parseConvertArgs(argv)
  if (args === 'help') {
    io.stdout(CONVERT_HELP)
    return 0
  }
  if ('error' in args) {
    io.stderr(`secure-compose: ${args.error} (see secure-compose convert --help)\n`)
    return 2
  }
  const input = await readInput(args.file, io)
  if ('error' in input) {
    io.stderr(`${errorLine({ path: args.file, report: null, error: { message: input.error } })}\n`)
    return 2
  }
  return args.to === 'run' ? toRun(args, input.text, io) : toCompose(args, input.text, io)
}

function toCompose(args: ConvertArgs, text: string, io: Io): number {
  const name = args.file === '-' ? '<stdin>' : args.file
  const result = runToCompose(text)
  let failed = false
  for (const p of result.problems) {
    const skipped = p.code === 'not-docker-run'
    if (!skipped) failed = true
    io.stderr(`secure-compose: ${name}: ${skipped ? 'skipped: ' : ''}${p.message}\n`)
  }
  for (const s of result.services) {
    for (const u of s.unsupported) io.stderr(`secure-compose: ${name}: ${s.name}: not converted: ${u.flag}: ${u.reason}\n`)
    for (const n of s.notes) io.stderr(`secure-compose: ${name}: ${s.name}: note: ${n}\n`)
  }
  if (result.services.length === 0) {
    if (!failed) io.stderr(`secure-compose: ${name}: no docker run command to convert\n`)
    return 2
  }
  io.stdout(result.yaml)
  return failed ? 2 : 0
}

function toRun(args: ConvertArgs, text: string, io: Io): number {
  const name = args.file === '-' ? '<stdin>' : args.file
  const refused = refusal(parseCompose(text))
  if (refused) {
    io.stderr(`${errorLine({ path: args.file, report: null, error: refused })}\n`)
    return 2
  }
  const result = composeToRun(text)
  const commands = args.service === undefined ? result.commands : result.commands.filter((c) => c.service === args.service)
  if (commands.length === 0) {
    io.stderr(`secure-compose: ${name}: ${args.service === undefined ? 'no services' : `no service "${args.service}"`}\n`)
    return 2
  }
  const setup = [...new Set(commands.flatMap((c) => c.before))]
  const blocks: string[] = []
  if (setup.length) blocks.push(['# First:', ...setup].join('\n'))
  for (const c of commands) blocks.push([`# ${c.service}`, ...c.notes.map((n) => `# note: ${n}`), c.command].join('\n'))
  io.stdout(`${blocks.join('\n\n')}\n`)
  return 0
}
