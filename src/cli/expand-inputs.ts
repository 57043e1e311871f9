// Turns `check` arguments into the projects to analyse: a file is one; a directory gives the compose file Compose would
// read there (and its override file, merged like Compose does); a glob (expanded here, not by a shell) gives each match.
import { join, relative, resolve, sep } from 'node:path'
import type { CliResult } from './cli-result'
import type { Config } from './config'
import { isGlob, matchGlob, toRegex } from './glob'
import type { Io } from './io'

/** compose-go's DefaultFileNames and DefaultOverrideFileNames, in its order of preference (the first found wins). */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml']
export const OVERRIDE_FILE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml']

/** Folders a glob never descends into. */
const NEVER = new Set(['.git', 'node_modules'])

export interface Expanded {
  /** Each project is the files merged into one model, in order. */
  projects: string[][]
  /** Arguments that gave nothing to analyse. */
  errors: CliResult[]
  skipped: number
}

export async function expandInputs(args: readonly string[], io: Io, config: Config | undefined): Promise<Expanded> {
  const out: Expanded = { projects: [], errors: [], skipped: 0 }
  const seen = new Set<string>()
  const add = (files: string[]) => {
    if (files[0] !== '-' && config && skipped(files[0], io, config)) { out.skipped++; return }
    const key = files.join('\u0000')
    if (!seen.has(key)) { seen.add(key); out.projects.push(files) }
  }
  for (const arg of args) {
    if (arg === '-') { add(['-']); continue }
    if (io.readDir && isGlob(arg)) {
      const matches = await expandGlob(arg, io)
      if (!matches.length) out.errors.push({ path: arg, report: null, error: { message: 'no file matches this pattern' } })
      for (const m of matches) add([m])
      continue
    }
    if ((await io.kind?.(arg)) === 'dir') {
      const found = await composeFilesIn(arg, io)
      if (found.length) add(found)
      else out.errors.push({ path: arg, report: null, error: { message: `is a directory without a compose file (looked for ${COMPOSE_FILE_NAMES.join(', ')})` } })
      continue
    }
    add([arg])
  }
  return out
}

/** The compose file of a directory and its override file, as `docker compose` finds them there. */
export async function composeFilesIn(dir: string, io: Io): Promise<string[]> {
  const first = async (names: readonly string[]) => {
    for (const name of names) {
      const path = join(dir, name)
      if ((await io.kind?.(path)) === 'file') return path
    }
    return undefined
  }
  const main = await first(COMPOSE_FILE_NAMES)
  if (!main) return []
  const override = await first(OVERRIDE_FILE_NAMES)
  return override ? [main, override] : [main]
}

function skipped(path: string, io: Io, config: Config): boolean {
  const rel = relative(config.dir, resolve(io.cwd, path)).split(sep).join('/')
  return config.skip.some((p) => matchGlob(p, rel))
}

/** Files matching the pattern, sorted; the walk starts at the pattern's literal folders. */
export async function expandGlob(pattern: string, io: Io): Promise<string[]> {
  const norm = pattern.split(sep).join('/')
  const parts = norm.split('/')
  const firstGlob = parts.findIndex(isGlob)
  const base = parts.slice(0, firstGlob).join('/')
  const re = new RegExp(`^${toRegex(norm)}$`)
  const deep = parts.slice(firstGlob).some((p) => p.includes('**'))
  const maxDepth = deep ? 32 : parts.length - firstGlob
  const found: string[] = []
  const walk = async (dir: string, depth: number) => {
    if (depth > maxDepth || !io.readDir) return
    const entries = await io.readDir(dir === '' ? '.' : dir).catch(() => [])
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = dir === '' ? e.name : dir.endsWith('/') ? `${dir}${e.name}` : `${dir}/${e.name}`
      if (e.dir) { if (!NEVER.has(e.name)) await walk(path, depth + 1) } else if (re.test(path)) found.push(path)
    }
  }
  await walk(base, 1)
  return found
}
