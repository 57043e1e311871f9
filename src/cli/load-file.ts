// Reads one compose file into a model for the merge: parsed, refused like `check` refuses a file, waiver comments
// kept, interpolated with the project's variables, and its `include:` and `extends.file` followed (paths relative to it).
// An included project reads its own variables: its `env_file`s (else the `.env` of its project directory) add to the
// including project's, and its `project_directory` is where the paths of its own `include:` start.
import { dirname, isAbsolute, join, normalize } from 'node:path'
import { parseCompose } from '../compose/read/parse'
import { readWaiverComments } from '../compose/read/waivers'
import { entry, modelOf } from '../compose/merge/model'
import type { MEntry, MNode } from '../compose/merge/model'
import { mergeModels, mergeService, settle } from '../compose/merge/merge'
import type { CarriedComment } from '../compose/merge/render'
import { interpolateModel } from '../compose/interpolate/interpolate-model'
import type { Env } from '../compose/interpolate/interpolate-env'
import type { Hidden } from '../compose/interpolate/redact'
import { refusal } from '../report/report-on-text'
import { addEnvFile } from './env-files'
import { describeReadError } from './io'
import type { Io } from './io'

/** Why a project cannot be analysed, at the file (and line) that says so. */
export interface LoadError { file: string; message: string; line?: number; column?: number }

/** What a file is read with: the variables for its interpolation, and the directory its relative paths start from. */
interface Scope {
  env: Env
  /** The project directory of an included project; a file of the main project resolves paths from its own folder. */
  dir?: string
}

export class Loader {
  readonly comments: CarriedComment[] = []
  readonly hidden: Hidden[] = []
  readonly files: string[] = []
  /** Lines for stderr: what Compose would warn about (an included resource that clashes with one defined here). */
  readonly warnings: string[] = []
  private readonly cache = new Map<string, MNode>()
  /** A number for each distinct environment, so a file included twice with different variables is read twice. */
  private readonly envIds = new Map<Env, number>()
  private readonly io: Io
  private readonly env: Env
  private readonly preset: ReadonlyMap<string, string>

  constructor(io: Io, env: Env, preset: ReadonlyMap<string, string> = new Map()) {
    this.io = io
    this.env = env
    this.preset = preset
  }

  /** The file's model with includes merged in and file extends resolved; throws a LoadError. */
  async load(path: string, stack: readonly string[] = [], scope: Scope = { env: this.env }): Promise<MNode> {
    if (!this.envIds.has(scope.env)) this.envIds.set(scope.env, this.envIds.size)
    const key = `${path}\n${this.envIds.get(scope.env)}\n${scope.dir ?? ''}`
    const cached = this.cache.get(key)
    if (cached) return cached
    if (stack.includes(path)) throw fail(stack[stack.length - 1], `${path} includes or extends itself through ${[...stack, path].join(' → ')}`)
    const text = await this.read(path, stack)
    const file = parseCompose(text)
    if (file.errors.some((e) => e.code === 'MULTIPLE_DOCS')) throw fail(path, 'holds several YAML documents (---); a file merged with others (-f, include:, extends.file) must hold one')
    const refused = refusal(file)
    if (refused) throw fail(path, refused.message, refused.line, refused.column)
    this.files.push(path)
    for (const c of readWaiverComments(file)) {
      const at = { file: path, line: c.line, column: c.column }
      this.comments.push({ text: text.slice(c.start, c.end), at, ...(c.scope === 'file' ? {} : { target: { file: path, line: c.target, column: 1 } }) })
    }
    const { model, hidden } = interpolateModel(modelOf(file, path), scope.env)
    this.hidden.push(...hidden)
    const own = await this.resolveExtends(model, path, [...stack, path], scope)
    const merged = await this.withIncludes(own, path, [...stack, path], scope)
    this.cache.set(key, merged)
    return merged
  }

  private async read(path: string, stack: readonly string[]): Promise<string> {
    const given = this.preset.get(path)
    if (given !== undefined) return given
    try {
      return await this.io.readFile(path)
    } catch (err) {
      const from = stack[stack.length - 1]
      throw fail(from ?? path, from ? `cannot read ${path}: ${describeReadError(err)} (paths in include: and extends.file are relative to ${from})` : describeReadError(err))
    }
  }

  /**
   * Compose loads each `include:` as a model of its own (a `path:` list merged like -f files) and copies its resources
   * (services, networks, volumes, …) into this file's model; a name this file (or an earlier include) already defines
   * is kept as it is and not merged (Compose Specification, "Include").
   */
  private async withIncludes(model: MNode, path: string, stack: readonly string[], scope: Scope): Promise<MNode> {
    const inc = entry(model, 'include')
    if (!inc || model.kind !== 'map') return model
    const workDir = scope.dir ?? dirname(path)
    let out: MNode = { ...model, entries: model.entries.filter((e) => e !== inc) }
    for (const item of inc.value.kind === 'seq' ? inc.value.items : [inc.value]) {
      const paths = includePaths(item)
      if (!paths.length) continue
      const inner = await this.includedScope(item, workDir, resolveIn(workDir, paths[0].value), path, scope.env)
      let one: MNode | undefined
      for (const p of paths) {
        const next = await this.load(resolveIn(workDir, p.value), stack, inner).catch((e: unknown) => { throw located(e, p.at) })
        one = one ? mergeModels(one, next) : settle(next)
      }
      if (one) out = this.copyResources(out, one, path, paths[0].value)
    }
    return out
  }

  /**
   * An included project's scope, as Compose loads it: its project directory (`project_directory`, relative to the
   * including project's; else the folder of its first file), and the including project's variables plus those of its
   * `env_file`s (relative to the including project's directory; `/dev/null` skipped), else of the `.env` in its project
   * directory when there is one. A variable the including project has keeps its value.
   */
  private async includedScope(item: MNode, workDir: string, first: string, path: string, parent: Env): Promise<Scope> {
    const dirNode = item.kind === 'map' ? entry(item, 'project_directory')?.value : undefined
    const dir = dirNode?.kind === 'scalar' && typeof dirNode.value === 'string' ? resolveIn(workDir, dirNode.value) : dirname(first)
    const files = item.kind === 'map' ? scalarList(entry(item, 'env_file')?.value) : []
    const vars = new Map<string, string>()
    if (files.length) {
      for (const f of files) {
        if (f.value === '/dev/null') continue
        const file = resolveIn(workDir, f.value)
        let text: string
        try {
          text = await this.io.readFile(file)
        } catch (err) {
          throw fail(path, `include: env_file ${file}: ${describeReadError(err)}`, f.at.line, f.at.column)
        }
        this.warnings.push(...addEnvFile(file, text, vars))
      }
    } else {
      const file = join(dir, '.env')
      const text = await this.io.readFile(file).catch(() => undefined)
      if (text !== undefined) this.warnings.push(...addEnvFile(file, text, vars))
    }
    if (vars.size === 0) return { env: parent, dir }
    const env = new Map(parent)
    for (const [k, v] of vars) if (!env.has(k)) env.set(k, v)
    return { env, dir }
  }

  private copyResources(into: MNode, from: MNode, path: string, included: string): MNode {
    if (into.kind !== 'map' || from.kind !== 'map') return into
    const entries = [...into.entries]
    for (const section of from.entries) {
      if (!RESOURCES.has(section.key) || section.value.kind !== 'map') continue
      const i = entries.findIndex((e) => e.key === section.key)
      const mine = i >= 0 && entries[i].value.kind === 'map' ? entries[i].value : undefined
      if (!mine || mine.kind !== 'map') { if (i < 0) entries.push(section); continue }
      const added = section.value.entries.filter((e) => {
        const clash = mine.entries.some((m) => m.key === e.key)
        if (clash) this.warnings.push(`${path}: ${section.key.replace(/s$/, '')} "${e.key}" is defined here and in the included ${included}; the included one is not used (Compose does not merge them)`)
        return !clash
      })
      entries[i] = { ...entries[i], value: { ...mine, entries: [...mine.entries, ...added] } }
    }
    return { ...into, entries }
  }

  /** Services that extend a service of another file get that service's settings under their own. */
  private async resolveExtends(model: MNode, path: string, stack: readonly string[], scope: Scope): Promise<MNode> {
    const services = entry(model, 'services')
    if (!services || services.value.kind !== 'map' || model.kind !== 'map') return model
    const out: MEntry[] = []
    for (const svc of services.value.entries) out.push(await this.extendOne(svc, path, services.value, stack, scope))
    const value: MNode = { ...services.value, entries: out }
    return { ...model, entries: model.entries.map((e) => (e === services ? { ...e, value } : e)) }
  }

  private async extendOne(svc: MEntry, path: string, siblings: MNode, stack: readonly string[], scope: Scope, depth = 0): Promise<MEntry> {
    const ext = entry(svc.value, 'extends')
    if (!ext || depth > 20) return svc
    const file = ext.value.kind === 'map' ? entry(ext.value, 'file')?.value : undefined
    const named = ext.value.kind === 'scalar' ? ext.value : entry(ext.value, 'service')?.value
    const name = named?.kind === 'scalar' ? named.value : undefined
    if (typeof name !== 'string' || (file && (file.kind !== 'scalar' || typeof file.value !== 'string'))) return svc
    let baseEntry: MEntry | undefined
    let basePath = path
    if (file && file.kind === 'scalar' && typeof file.value === 'string') {
      basePath = relativeTo(path, file.value)
      const other = await this.load(basePath, stack, scope).catch((e: unknown) => { throw located(e, file.at) })
      baseEntry = entry(entry(other, 'services')?.value, name)
      if (!baseEntry) throw fail(path, `extends: service "${name}" is not defined in ${basePath}`, ext.keyAt[0].line, ext.keyAt[0].column)
    } else {
      // Same file: left to the analysis (it resolves same-file extends itself), unless this service came from another file.
      if (depth === 0) return svc
      baseEntry = entry(siblings, name)
      if (!baseEntry) return svc
    }
    const other = entry(await this.load(basePath, stack, scope), 'services')?.value ?? siblings
    const base = await this.extendOne(baseEntry, basePath, other, stack, scope, depth + 1)
    const own: MNode = svc.value.kind === 'map' ? { ...svc.value, entries: svc.value.entries.filter((e) => e !== ext) } : svc.value
    const baseValue: MNode = base.value.kind === 'map' ? { ...base.value, entries: base.value.entries.filter((e) => e.key !== 'extends') } : base.value
    return { ...svc, value: mergeService(baseValue, own) }
  }
}

const RESOURCES = new Set(['services', 'networks', 'volumes', 'secrets', 'configs', 'models'])

/** `include:` items: a path, or `path:` (one or a list) in the long syntax. */
function includePaths(item: MNode): Array<{ value: string; at: MNode['at'] }> {
  return scalarList(item.kind === 'map' ? entry(item, 'path')?.value : item)
}

/** One string or a list of them (`path:`, `env_file:`), each with where it stands. */
function scalarList(node: MNode | undefined): Array<{ value: string; at: MNode['at'] }> {
  const list = node?.kind === 'seq' ? node.items : node ? [node] : []
  return list.flatMap((p) => (p.kind === 'scalar' && typeof p.value === 'string' ? [{ value: p.value, at: p.at }] : []))
}

export function relativeTo(from: string, path: string): string {
  return resolveIn(dirname(from), path)
}

function resolveIn(dir: string, path: string): string {
  return isAbsolute(path) ? path : normalize(join(dir, path))
}

function fail(file: string, message: string, line?: number, column?: number): LoadError & Error {
  return Object.assign(new Error(message), { file, message, ...(line !== undefined ? { line, column } : {}) })
}

/** A failure while reading an included file is reported at the line that names it (unless it carries its own). */
function located(e: unknown, at: MNode['at']): unknown {
  const err = e as Partial<LoadError>
  return err.line === undefined && err.file === at.file ? Object.assign(e as object, { line: at.line, column: at.column }) : e
}
