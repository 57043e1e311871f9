// Command-line arguments to a typed command; never throws, usage problems become { kind: 'usage-error' }.
import type { Severity } from '../rules/types'
import { SEVERITIES } from '../rules/types'

export type Format = 'text' | 'json' | 'sarif'
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif']

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'check'; files: string[]; format: Format; failOn: FailOn; options: CheckOptions }
  | { kind: 'fix'; files: string[]; unsafe: boolean; write: boolean }
  | { kind: 'usage-error'; message: string }

/** What `check` reads besides its positional files. */
export interface CheckOptions {
  /** `-f`/`--file`, in order: one project merged like `docker compose -f a -f b`. */
  composeFiles: string[]
  /** `--env-file`, in order (later files win); when empty, the `.env` beside each project's first file. */
  envFiles: string[]
  /** `--config PATH`; otherwise the config file is searched for. */
  config?: string
  /** Whether --fail-on was given (it then wins over the config file's fail-on). */
  failOnGiven: boolean
}

/** A severity at or above which `check` exits 1, or 'none' (never). */
export type FailOn = Severity | 'none'
/** As compose-lint does: a high or critical finding fails the run unless told otherwise. */
export const DEFAULT_FAIL_ON: FailOn = 'high'
const FAIL_ON: readonly FailOn[] = [...SEVERITIES, 'none']

const usageError = (message: string): Command => ({ kind: 'usage-error', message: `${message} (see secure-compose --help)` })

/** Splits `--name=value` and recognises `--` (everything after it is a file). */
function tokens(argv: readonly string[]): Array<{ flag?: string; inline?: string; value?: string }> {
  const out: Array<{ flag?: string; inline?: string; value?: string }> = []
  let rest = false
  for (const a of argv) {
    if (rest || a === '-' || !a.startsWith('-')) out.push({ value: a })
    else if (a === '--') rest = true
    else {
      const eq = a.indexOf('=')
      out.push(eq > 0 && a.startsWith('--') ? { flag: a.slice(0, eq), inline: a.slice(eq + 1) } : { flag: a })
    }
  }
  return out
}

export function parseArgs(argv: readonly string[]): Command {
  const list = tokens(argv)
  if (list.some((t) => t.flag === '--help' || t.flag === '-h') || list[0]?.value === 'help') return { kind: 'help' }
  if (list.some((t) => t.flag === '--version' || t.flag === '-v' || t.flag === '-V')) return { kind: 'version' }
  const [first, ...rest] = list
  if (!first) return usageError('missing command: use `check FILE...` or `fix FILE`')
  if (first.value === 'check') return parseCheck(rest)
  if (first.value === 'fix') return parseFix(rest)
  return usageError(first.flag ? `unknown option ${first.flag}` : `unknown command "${first.value}"`)
}

type Token = ReturnType<typeof tokens>[number]

/** Reads an option's value from `--x=v` or the next token. */
function takeValue(list: Token[], i: number): { value?: string; next: number } {
  const t = list[i]
  if (t.inline !== undefined) return { value: t.inline, next: i + 1 }
  const n = list[i + 1]
  return n && n.value !== undefined ? { value: n.value, next: i + 2 } : { next: i + 1 }
}

function parseCheck(list: Token[]): Command {
  const files: string[] = []
  let format: Format = 'text'
  let failOn: FailOn = DEFAULT_FAIL_ON
  const options: CheckOptions = { composeFiles: [], envFiles: [], failOnGiven: false }
  for (let i = 0; i < list.length;) {
    const t = list[i]
    if (t.value !== undefined) { files.push(t.value); i++; continue }
    // `-f` names a compose file, as in `docker compose -f`; `-f json` (a format's name) is still read as --format.
    if ((t.flag === '-f' || t.flag === '--file') && !FORMATS.includes(takeValue(list, i).value as Format)) {
      const { value, next } = takeValue(list, i)
      if (!value) return usageError(`${t.flag} needs a compose file`)
      options.composeFiles.push(value)
      i = next
    } else if (t.flag === '--env-file' || t.flag === '--config') {
      const { value, next } = takeValue(list, i)
      if (!value) return usageError(`${t.flag} needs a file`)
      if (t.flag === '--env-file') options.envFiles.push(value)
      else options.config = value
      i = next
    } else if (t.flag === '--format' || t.flag === '-f') {
      const { value, next } = takeValue(list, i)
      if (!FORMATS.includes(value as Format)) return usageError(`--format needs one of ${FORMATS.join(', ')}${value ? `, not "${value}"` : ''}`)
      format = value as Format
      i = next
    } else if (t.flag === '--fail-on') {
      const { value, next } = takeValue(list, i)
      const sev = value?.toLowerCase()
      if (!FAIL_ON.includes(sev as FailOn)) return usageError(`--fail-on needs one of ${FAIL_ON.join(', ')}${value ? `, not "${value}"` : ''}`)
      failOn = sev as FailOn
      options.failOnGiven = true
      i = next
    } else return usageError(`unknown option ${t.flag} for check`)
  }
  if (files.length === 0 && options.composeFiles.length === 0) return usageError('check needs at least one file, folder or pattern (or - for standard input)')
  return { kind: 'check', files: [...new Set(files)], format, failOn, options }
}

function parseFix(list: Token[]): Command {
  const files: string[] = []
  let unsafe = false
  let write = false
  for (const t of list) {
    if (t.value !== undefined) files.push(t.value)
    else if (t.flag === '--unsafe' && t.inline === undefined) unsafe = true
    else if (t.flag === '--write' && t.inline === undefined) write = true
    else return usageError(`unknown option ${t.flag}${t.inline !== undefined ? `=${t.inline}` : ''} for fix`)
  }
  if (files.length === 0) return usageError('fix needs a file (or - for standard input)')
  if (write && files.includes('-')) return usageError('--write cannot write to standard input; drop --write to print the result')
  if (files.length > 1 && !write) return usageError('fix prints one file; give --write to fix several in place')
  return { kind: 'fix', files: [...new Set(files)], unsafe, write }
}
