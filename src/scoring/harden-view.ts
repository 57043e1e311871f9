// A plain service with additions not written yet: the file as the rules read it once they are, without a parse.
import { appended, updateIn } from '../compose/write/plan-expect'
import { isNonEmptyCollection, isPlainObject, unsupportedValue } from '../compose/write/plan-render'
import type { ComposeFile, EditOp, ServiceView, YamlPath } from '../compose/types'

/**
 * A new key of a map, or a new item of a list, that the service's text does not hold yet. `at` is the written
 * container (a path in the service), `entry` the new entry's path, `value` everything added under it.
 */
export interface Addition {
  at: YamlPath
  entry: YamlPath
  value: unknown
}

/** Where a path lies: in the text as written, or inside an addition (by index). */
const inside = (additions: readonly Addition[], path: YamlPath): number =>
  additions.findIndex((a) => a.entry.length <= path.length && a.entry.every((s, i) => s === path[i]))

/**
 * For a service that is a block map of its own keys only (no `<<`, no alias, no `extends`): the view of `file` with
 * the service's data `data` (additions made). Rules read services through `data` and `locate` (and `file.doc` only
 * for merge keys and aliases, which such a service has none of), so this reads exactly as the parsed text would, but
 * for positions: what is added is placed at the service's key, and what is written keeps the position it has in
 * `file` (the added lines come after it, or below it, so the order of positions is the same).
 */
export function withAdditions(file: ComposeFile, name: string, data: Record<string, unknown>, additions: readonly Addition[]): ComposeFile {
  const real = file.services.find((s) => s.name === name)
  if (!real || additions.length === 0) return file
  const view: ServiceView = {
    ...real,
    data,
    locate: (path: YamlPath) => (inside(additions, path) < 0 ? real.locate(path) : reaches(data, path) ? { pos: real.keyPos, origin: 'own' } : undefined),
  }
  const services = { ...(file.data?.services as Record<string, unknown> | undefined), [name]: data }
  return { ...file, data: { ...file.data, services }, services: file.services.map((s) => (s === real ? view : s)) }
}

/** True when a finding at `at` (a path in the service) points into an addition: it has no true position yet. */
export const pointsIntoAdditions = (additions: readonly Addition[], at: YamlPath | undefined): boolean => at !== undefined && inside(additions, at) >= 0

function reaches(value: unknown, path: YamlPath): boolean {
  let cur = value
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, String(seg))) return false
    cur = (cur as Record<string, unknown>)[String(seg)]
  }
  return true
}

/**
 * The service's data after `ops`, with the additions they make, when each only adds lines after the last entry of
 * something: a key a written non-empty block map lacks, an item of a written non-empty block list, or the same inside
 * an addition (a missing key of a non-empty map, an item of a non-empty list). Written later, one block of lines per
 * container, such additions give the text the ops one by one give (harden-alone.ts). Null for any other op.
 * `written(path)` says what the service's text holds at a path: a non-empty block map or list, or neither.
 */
export function addedBy(
  ops: readonly EditOp[],
  name: string,
  data: Record<string, unknown>,
  additions: readonly Addition[],
  written: (path: YamlPath) => 'map' | 'seq' | null,
): { data: Record<string, unknown>; additions: Addition[] } | null {
  let next: unknown = data
  const out = [...additions]
  for (const op of ops) {
    if ((op.kind !== 'set' && op.kind !== 'append') || op.path.length < 3 || op.path[0] !== 'services' || op.path[1] !== name) return null
    if (unsupportedValue(op.value) !== null) return null
    const path = op.path.slice(2)
    const value = op.value
    const leaf = op.kind === 'set' ? () => value : (cur: unknown) => appended(cur, value)
    const hit = inside(out, path)
    if (hit >= 0) {
      const a = out[hit]
      const rest = path.slice(a.entry.length)
      const built = addsInside(a.value, rest, op.kind) ? updateIn(a.value, rest, leaf) : null
      if (!built?.ok) return null
      out[hit] = { ...a, value: built.value }
    } else {
      const added = newEntry(next, path, op.kind, value, written)
      if (!added) return null
      out.push(added)
    }
    const updated = updateIn(next, path, leaf)
    if (!updated.ok) return null
    next = updated.value
  }
  return isPlainObject(next) ? { data: next, additions: out } : null
}

/** The addition an op makes to what is written: a new key of a block map (the rest of the path below it), or an item. */
function newEntry(data: unknown, path: YamlPath, kind: 'set' | 'append', value: unknown, written: (path: YamlPath) => 'map' | 'seq' | null): Addition | null {
  let cur = data
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    const there = Array.isArray(cur) ? typeof seg === 'number' && seg >= 0 && seg < cur.length : isPlainObject(cur) && typeof seg === 'string' && Object.prototype.hasOwnProperty.call(cur, seg)
    if (there) {
      cur = (cur as Record<string | number, unknown>)[seg]
      continue
    }
    const at = path.slice(0, i)
    if (typeof seg !== 'string' || !isPlainObject(cur) || written(at) !== 'map') return null
    const built = updateIn(undefined, path.slice(i + 1), kind === 'set' ? () => value : (c) => appended(c, value))
    return built.ok ? { at, entry: path.slice(0, i + 1), value: built.value } : null
  }
  if (kind !== 'append' || !Array.isArray(cur) || written(path) !== 'seq') return null
  return { at: path, entry: [...path, cur.length], value }
}

/** Inside a value written as block lines: the path reaches a missing key of a non-empty map through maps, or is appended to as a non-empty list. */
function addsInside(value: unknown, rest: YamlPath, kind: 'set' | 'append'): boolean {
  let cur = value
  for (const seg of rest) {
    if (!isPlainObject(cur) || !isNonEmptyCollection(cur) || typeof seg !== 'string') return false
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return true
    cur = cur[seg]
  }
  return kind === 'append' && Array.isArray(cur) && cur.length > 0
}
