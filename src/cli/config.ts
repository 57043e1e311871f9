// The CLI's config file: `.secure-compose.yaml` (or .yml) found from the working directory up to the repository root,
// or a `secure-compose` key in package.json there, or `--config PATH`. The browser never reads it.
import { dirname, join, relative, resolve } from 'node:path'
import { parse } from 'yaml'
import { RULES } from '../rules/registry'
import type { Severity } from '../rules/types'
import { SEVERITIES } from '../rules/types'
import type { FailOn } from './args'
import type { Io } from './io'

export interface Config {
  /** The file as reported: relative to the working directory (`package.json#secure-compose` for the key). */
  name: string
  /** The directory `skip` globs are relative to. */
  dir: string
  off: ReadonlySet<string>
  severity: ReadonlyMap<string, Severity>
  skip: readonly string[]
  failOn?: FailOn
}

export const CONFIG_NAMES = ['.secure-compose.yaml', '.secure-compose.yml']
const KEYS = ['rules', 'skip', 'fail-on']
const FAIL_ON: readonly string[] = [...SEVERITIES, 'none']

export class ConfigError extends Error {}

/** The config to use, undefined when there is none; throws a ConfigError with a message for people. */
export async function findConfig(io: Io, explicit: string | undefined): Promise<Config | undefined> {
  if (explicit) return readConfig(io, resolve(io.cwd, explicit), explicit.endsWith('package.json'))
  // Searching needs to tell what exists (a test's Io without `kind` answers every read and gets no config).
  if (!io.kind) return undefined
  for (let dir = resolve(io.cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (await exists(io, join(dir, name))) return readConfig(io, join(dir, name), false)
    const pkg = join(dir, 'package.json')
    if (await exists(io, pkg)) {
      const text = await io.readFile(pkg).catch(() => '')
      const json = safeJson(text)
      if (json && Object.prototype.hasOwnProperty.call(json, 'secure-compose')) return validate(json['secure-compose'], display(io, pkg, true), dir)
    }
    // The repository's root ends the search (its .git may be a folder or, in a worktree, a file).
    if (dirname(dir) === dir || await exists(io, join(dir, '.git'))) return undefined
  }
}

async function readConfig(io: Io, path: string, isPackage: boolean): Promise<Config> {
  let text: string
  try {
    text = await io.readFile(path)
  } catch (err) {
    throw new ConfigError(`${relative(io.cwd, path) || path}: cannot read the config file (${(err as { code?: string }).code ?? String(err)})`)
  }
  const name = display(io, path, isPackage)
  if (isPackage) {
    const json = safeJson(text)
    if (!json || !Object.prototype.hasOwnProperty.call(json, 'secure-compose')) throw new ConfigError(`${name}: package.json has no "secure-compose" key`)
    return validate(json['secure-compose'], name, dirname(path))
  }
  let data: unknown
  try {
    data = parse(text, { prettyErrors: false }) ?? {}
  } catch (err) {
    throw new ConfigError(`${name}: not valid YAML (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`)
  }
  return validate(data, name, dirname(path))
}

export function validate(data: unknown, name: string, dir: string): Config {
  const bad = (message: string) => new ConfigError(`${name}: ${message}`)
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw bad('the config must be a mapping with the keys rules, skip, fail-on')
  const obj = data as Record<string, unknown>
  for (const key of Object.keys(obj)) if (!KEYS.includes(key)) throw bad(`unknown key "${key}" (known keys: ${KEYS.join(', ')})`)
  const off = new Set<string>()
  const severity = new Map<string, Severity>()
  const rules = obj.rules ?? {}
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) throw bad('`rules` must map rule ids to off or a severity')
  const ids = new Set(RULES.map((r) => r.id))
  for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
    if (!ids.has(id)) throw bad(`unknown rule id "${id}" under rules (secure-compose's rules are listed in docs/rules.md)`)
    const v = typeof value === 'string' ? value.toLowerCase() : value
    if (v === 'off' || v === false) off.add(id)
    else if (SEVERITIES.includes(v as Severity)) severity.set(id, v as Severity)
    else throw bad(`rules.${id} must be off or one of ${SEVERITIES.join(', ')}, not ${JSON.stringify(value)}`)
  }
  const skipRaw = obj.skip ?? []
  const skip = typeof skipRaw === 'string' ? [skipRaw] : skipRaw
  if (!Array.isArray(skip) || skip.some((s) => typeof s !== 'string')) throw bad('`skip` must be a list of paths or glob patterns')
  const config: Config = { name, dir, off, severity, skip: skip as string[] }
  if (obj['fail-on'] !== undefined) {
    const f = String(obj['fail-on']).toLowerCase()
    if (!FAIL_ON.includes(f)) throw bad(`fail-on must be one of ${FAIL_ON.join(', ')}, not ${JSON.stringify(obj['fail-on'])}`)
    config.failOn = f as FailOn
  }
  return config
}

function display(io: Io, path: string, isPackage: boolean): string {
  const rel = relative(io.cwd, path) || path
  return isPackage ? `${rel}#secure-compose` : rel
}

async function exists(io: Io, path: string): Promise<boolean> {
  return (await io.kind?.(path)) === 'file' || (await io.kind?.(path)) === 'dir'
}

function safeJson(text: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(text) as unknown
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
