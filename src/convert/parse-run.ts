// Pasted text -> the `docker run` commands in it, each as its options, image and arguments; never throws.
// Options are read as docker's own parser (pflag) reads them: `--flag value`, `--flag=value`, `-p 80:80`, `-p80:80`,
// combined short flags (`-it`, `-dp 80:80`), booleans with `=false`, and the first word that is not an option is the image.
import { longFlag, shortFlag } from './run-flags'
import { splitShellCommands } from './shell-commands'
import type { ShellCommand } from './shell-commands'

export interface ConvertProblem {
  /** 1-based line of the command (or of the unclosed quote). */
  line: number
  code: 'unterminated-quote' | 'unterminated-substitution' | 'words' | 'not-docker-run' | 'no-image' | 'missing-value' | 'bad-value' | 'conflict'
  message: string
}

export interface RunFlag {
  /** Canonical long name without dashes (`publish` for `-p`). */
  name: string
  /** As written: `--publish`, `-p`, `--net`. */
  written: string
  /** The raw word (shell markers included); 'true' or 'false' for a boolean. */
  value: string
}

export interface UnknownFlag {
  written: string
  value?: string
}

export interface DockerRun {
  line: number
  flags: RunFlag[]
  /** Options docker run does not have, as written. */
  unknown: UnknownFlag[]
  image: string
  /** The words after the image: the command. */
  args: string[]
  substitutions: string[]
  redirections: string[]
}

const BOOLEAN_WORDS: Record<string, string> = { 1: 'true', t: 'true', T: 'true', TRUE: 'true', true: 'true', True: 'true', 0: 'false', f: 'false', F: 'false', FALSE: 'false', false: 'false', False: 'false' }

/** docker's global options that take a value (they may stand between `docker` and `run`). */
const GLOBAL_VALUE = new Set(['-H', '--host', '-c', '--context', '--config', '-l', '--log-level', '--tlscacert', '--tlscert', '--tlskey'])
const SUDO_VALUE = new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T'])

export function parseRunCommands(input: string): { runs: DockerRun[]; problems: ConvertProblem[] } {
  const { commands, problems: shellProblems } = splitShellCommands(input)
  const problems: ConvertProblem[] = shellProblems.map(({ line, code, message }) => ({ line, code, message }))
  const runs: DockerRun[] = []
  for (const cmd of commands) {
    const result = parseDockerRun(cmd)
    if ('problem' in result) problems.push(result.problem)
    else runs.push(result.run)
  }
  problems.sort((a, b) => a.line - b.line)
  return { runs, problems }
}

export function parseDockerRun(cmd: ShellCommand): { run: DockerRun } | { problem: ConvertProblem } {
  const { line, words } = cmd
  const start = runArgsStart(words)
  if (start < 0) {
    const shown = words.slice(0, 3).join(' ') + (words.length > 3 ? ' …' : '')
    return { problem: { line, code: 'not-docker-run', message: `line ${line}: \`${shown}\` is not a docker run command; only \`docker run\` (or \`docker create\`) becomes a service` } }
  }
  const flags: RunFlag[] = []
  const unknown: UnknownFlag[] = []
  const fail = (code: ConvertProblem['code'], message: string) => ({ problem: { line, code, message: `line ${line}: ${message}` } })
  let i = start
  while (i < words.length) {
    const word = words[i]
    if (word === '--') { i++; break }
    if (!word.startsWith('-') || word === '-') break
    i++
    if (word.startsWith('--')) {
      const eq = word.indexOf('=')
      const name = eq < 0 ? word.slice(2) : word.slice(2, eq)
      const inline = eq < 0 ? undefined : word.slice(eq + 1)
      const written = `--${name}`
      const spec = longFlag(name)
      if (!spec) {
        unknown.push(inline === undefined ? { written } : { written, value: inline })
        continue
      }
      if (spec.kind === 'bool') {
        const value = inline === undefined ? 'true' : BOOLEAN_WORDS[inline]
        if (value === undefined) return fail('bad-value', `${written} takes true or false, not "${inline}"`)
        flags.push({ name: spec.name, written, value })
      } else if (inline !== undefined) {
        flags.push({ name: spec.name, written, value: inline })
      } else {
        if (i >= words.length) return fail('missing-value', `${written} needs a value`)
        flags.push({ name: spec.name, written, value: words[i++] })
      }
      continue
    }
    // A cluster of short flags: booleans, then at most one that takes the rest of the word (or the next word) as its value.
    for (let k = 1; k < word.length; k++) {
      const letter = word[k]
      const written = `-${letter}`
      const spec = shortFlag(letter)
      if (!spec) {
        unknown.push({ written })
        continue
      }
      const rest = word.slice(k + 1)
      if (spec.kind === 'bool') {
        if (rest.startsWith('=')) {
          const value = BOOLEAN_WORDS[rest.slice(1)]
          if (value === undefined) return fail('bad-value', `${written} takes true or false, not "${rest.slice(1)}"`)
          flags.push({ name: spec.name, written, value })
          break
        }
        flags.push({ name: spec.name, written, value: 'true' })
        continue
      }
      if (rest !== '') flags.push({ name: spec.name, written, value: rest.startsWith('=') ? rest.slice(1) : rest })
      else if (i < words.length) flags.push({ name: spec.name, written, value: words[i++] })
      else return fail('missing-value', `${written} needs a value`)
      break
    }
  }
  if (i >= words.length) return fail('no-image', 'docker run without an image: name the image after the options (for example `docker run --read-only nginx:1.27`)')
  return { run: { line, flags, unknown, image: words[i], args: words.slice(i + 1), substitutions: cmd.substitutions, redirections: cmd.redirections } }
}

/** Index of the first word after `docker run` (or `docker container run`, `docker create`, with sudo or global options), else -1. */
function runArgsStart(words: readonly string[]): number {
  let i = words[0] === '$' ? 1 : 0 // a prompt copied from documentation (`$ docker run …`)
  while (i < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i])) i++ // FOO=bar docker run …: the client's environment
  if (words[i] === 'sudo') {
    i++
    while (i < words.length && words[i].startsWith('-')) i += SUDO_VALUE.has(words[i]) ? 2 : 1
  }
  if (!/^(?:.*\/)?(?:docker|podman)$/.test(words[i] ?? '')) return -1
  i++
  while (i < words.length && words[i].startsWith('-')) {
    const w = words[i]
    i += GLOBAL_VALUE.has(w) ? 2 : 1
  }
  if (words[i] === 'container') i++
  return words[i] === 'run' || words[i] === 'create' ? i + 1 : -1
}
