// A plain service with new keys not written yet: the file as the rules read it once they are, without a parse.
import { appended, updateIn } from '../compose/write/plan-expect'
import { isNonEmptyCollection, isPlainObject, unsupportedValue } from '../compose/write/plan-render'
import type { ComposeFile, EditOp, ServiceView, YamlPath } from '../compose/types'

const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key)

/**
 * For a service that is a block map of its own keys only (no `<<`, no alias, no `extends`): its data is its keys in
 * text order, new keys go last, and every value is its own. Rules read services through `data` and `locate` (and
 * `file.doc` only for merge keys and aliases, which such a service has none of), so this view reads exactly as the
 * parsed text would, but for the positions of the new keys' values: they are given as the service's key position.
 */
export function withNewKeys(file: ComposeFile, name: string, data: Record<string, unknown>, added: ReadonlySet<string>): ComposeFile {
  const real = file.services.find((s) => s.name === name)
  if (!real || added.size === 0) return file
  const view: ServiceView = {
    ...real,
    data,
    locate: (path: YamlPath) => {
      const key = path[0]
      if (typeof key !== 'string' || !added.has(key)) return real.locate(path)
      return reaches(data, path) ? { pos: real.keyPos, origin: 'own' } : undefined
    },
  }
  const services = { ...(file.data?.services as Record<string, unknown> | undefined), [name]: data }
  return { ...file, data: { ...file.data, services }, services: file.services.map((s) => (s === real ? view : s)) }
}

function reaches(value: unknown, path: YamlPath): boolean {
  let cur = value
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !has(cur, String(seg))) return false
    cur = (cur as Record<string, unknown>)[String(seg)]
  }
  return true
}

/**
 * The service's data after `ops`, when each only adds lines at the end of something: a key the service lacks, or,
 * inside a key added earlier and not written yet, a missing key of a non-empty map or an item of a non-empty list.
 * Written later as one new key each, such additions give the text the ops one by one give (harden-alone.ts). Null
 * for any other op.
 */
export function addedBy(
  ops: readonly EditOp[],
  name: string,
  data: Record<string, unknown>,
  added: ReadonlySet<string>,
): { data: Record<string, unknown>; added: Set<string> } | null {
  let next = data
  const keys = new Set(added)
  for (const op of ops) {
    if ((op.kind !== 'set' && op.kind !== 'append') || op.path.length < 3 || op.path[0] !== 'services' || op.path[1] !== name) return null
    const [key, ...rest] = op.path.slice(2)
    if (typeof key !== 'string' || key === '<<' || unsupportedValue(op.value) !== null) return null
    const value = op.value
    const leaf = op.kind === 'set' ? () => value : (cur: unknown) => appended(cur, value)
    if (keys.has(key) ? !addsInside(next[key], rest, op.kind) : has(next, key)) return null
    const built = updateIn(keys.has(key) ? next[key] : undefined, rest, leaf)
    if (!built.ok) return null
    next = { ...next, [key]: built.value }
    keys.add(key)
  }
  return { data: next, added: keys }
}

/** Inside a value written as block lines: the path reaches a missing key of a non-empty map through maps, or is appended to as a non-empty list. */
function addsInside(value: unknown, rest: YamlPath, kind: 'set' | 'append'): boolean {
  let cur = value
  for (const seg of rest) {
    if (!isPlainObject(cur) || !isNonEmptyCollection(cur) || typeof seg !== 'string') return false
    if (!has(cur, seg)) return true
    cur = cur[seg]
  }
  return kind === 'append' && Array.isArray(cur) && cur.length > 0
}
