// Helpers of the security-options rules: list items traced to where they are written (even when `extends` merged two
// lists), fix ops that never touch an anchor, and host paths split and normalised as Docker reads them.
import { isAlias, isMap } from 'yaml'
import { deleteOp, plan, setOp } from '../compose/write/plan'
import { findOwnPair, mergedKeyBelow } from '../compose/read/services'
import type { ComposeFile, EditOp, EditPlan, Origin, ServiceView, YamlPath } from '../compose/types'
import { readSecurityOpts } from '../compose/read/settings-security-opt'
import { get, interpolate, toBool } from '../compose/read/values'
import type { FixKind } from './types'

/** One item of a resolved list setting (security_opt, volumes, devices, …). */
export interface ListItem {
  value: unknown
  /** Index in the resolved list `service.data[key]`. */
  index: number
  /**
   * Path relative to the service of the item as written on the service (or in the anchor it merges); undefined when
   * the item comes from an `extends` base whose list was merged with the service's own list.
   */
  at?: YamlPath
  origin: Origin
}

/**
 * The items of list setting `key`, each traced to where it is written (see ServiceView.itemPath: with `extends`
 * the base's items come first).
 */
export function listItems(_file: ComposeFile, service: ServiceView, key: string): ListItem[] {
  const resolved = service.data[key]
  if (resolved === undefined || resolved === null) return []
  if (!Array.isArray(resolved)) return [{ value: resolved, index: 0, at: [key], origin: service.locate([key])?.origin ?? 'own' }]
  return resolved.map((value, index): ListItem => {
    const at = service.itemPath(key, index)
    return at === null ? { value, index, origin: 'extends' } : { value, index, at, origin: service.locate(at)?.origin ?? 'own' }
  })
}

/** Marks an item to drop in an {@link ItemEdit}. */
export const REMOVE: unique symbol = Symbol('remove')

export interface ItemEdit {
  item: ListItem
  /** The item's new value, or REMOVE. */
  next: unknown
  /** A smaller op for an item written on the service (e.g. delete one nested key); default: delete or set the item. */
  op?: EditOp
}

/**
 * Ops applying `edits` to the list `key` of `service`. Items written on the service are deleted or replaced one by one,
 * from the highest index down; a list inherited through an anchor is overridden on the service with the edited copy
 * (the anchor is never touched). Items merged from an `extends` base are skipped: they are fixed on the base service.
 */
export function listEditOps(file: ComposeFile, service: ServiceView, key: string, edits: readonly ItemEdit[]): EditOp[] {
  const base = ['services', service.name]
  const indexOf = (e: ItemEdit) => Number(e.item.at?.[1] ?? 0)
  const own = edits.filter((e) => e.item.origin === 'own' && e.item.at).sort((a, b) => indexOf(b) - indexOf(a))
  const written = get(file.data, 'services', service.name, key)
  const emptied = own.length > 0 && own.every((e) => e.next === REMOVE) && own.length === (Array.isArray(written) ? written.length : 1)
  // Deleting every item removes the key, and an own key that shadows a `<<` one would let the merged list back in.
  if (emptied && alsoMerged(file, service, key)) return [setOp([...base, key], [])]
  const ops = own.map((e) => {
    const path = [...base, ...(e.item.at as YamlPath)]
    return e.op ?? (e.next === REMOVE ? deleteOp(path) : setOp(path, e.next))
  })
  const inherited = edits.filter((e) => e.item.origin === 'merge' && e.item.at)
  if (inherited.length) {
    const list = Array.isArray(written) ? written : [written]
    const next = list.flatMap((value, j) => {
      const e = inherited.find((x) => indexOf(x) === j)
      if (!e) return [value]
      return e.next === REMOVE ? [] : [e.next]
    })
    ops.push(setOp([...base, key], next))
  }
  return ops
}

/** Splits on ':' outside `${…}` (a default such as `${SOCK:-/run/docker.sock}` holds one) and keeps `C:\x` whole. */
export function splitColons(raw: string): string[] {
  const parts: string[] = []
  let depth = 0
  let cur = ''
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]
    if (c === '$' && raw[i + 1] === '{') { depth++; cur += '${'; i++; continue }
    if (c === '}' && depth > 0) depth--
    if (c === ':' && depth === 0) { parts.push(cur); cur = ''; continue }
    cur += c
  }
  parts.push(cur)
  if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0]) && /^[\\/]/.test(parts[1])) parts.splice(0, 2, `${parts[0]}:${parts[1]}`)
  return parts
}

/** A host path after interpolation with defaults; `unknown` keeps the text when a variable has no default. */
export interface HostPath {
  raw: string
  /** Resolved text (defaults applied), or the raw text when a variable without default remains. */
  text: string
  known: boolean
}

export function hostPath(raw: string): HostPath {
  const r = interpolate(raw)
  return r.known ? { raw, text: r.value, known: true } : { raw, text: raw, known: false }
}

/** POSIX normalisation as the kernel resolves a path: `//`, `/./`, `..` and trailing slashes. Relative paths stay relative. */
export function normalizePath(p: string): string {
  const absolute = p.startsWith('/')
  const out: string[] = []
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue
    if (seg === '..') { if (out.length && out[out.length - 1] !== '..') out.pop(); else if (!absolute) out.push('..'); continue }
    out.push(seg)
  }
  return (absolute ? '/' : '') + out.join('/') || (absolute ? '/' : '.')
}

/** True when `path` is `root` or below it (both normalised). */
export function isUnder(path: string, root: string): boolean {
  if (root === '/') return path.startsWith('/')
  return path === root || path.startsWith(`${root}/`)
}

/** A volume item of either syntax, with the host side kept as written so that rules can match and fixes can rewrite. */
export interface Mount extends ListItem {
  /** 'bind' for a host path, 'volume' for a named or anonymous volume, or the long syntax's `type`. */
  type: string
  source?: HostPath
  target?: string
  readOnly: boolean
  /** Lower-cased bind propagation (`shared`, `rshared`, …) from the short-syntax mode or `bind.propagation`. */
  propagation?: string
  /** Short syntax: the ':'-separated parts as written (source, target, comma-separated modes). */
  parts?: string[]
  long?: Record<string, unknown>
}

const PROPAGATIONS = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'])

/** Host paths are absolute, relative, home-relative or start with a variable; anything else names a volume. */
const looksLikePath = (s: string) => /^[./~$]/.test(s) || /^[A-Za-z]:[\\/]/.test(s)

export function readMounts(file: ComposeFile, service: ServiceView): Mount[] {
  return listItems(file, service, 'volumes').map((item): Mount => {
    const { value } = item
    if (typeof value === 'string') {
      const parts = splitColons(value)
      if (parts.length === 1) return { ...item, type: 'volume', target: parts[0], readOnly: false, parts }
      const source = hostPath(parts[0])
      const modes = (parts[2] ?? '').split(',').map((m) => m.trim().toLowerCase())
      return {
        ...item, parts, source, target: parts[1], readOnly: modes.includes('ro'),
        type: looksLikePath(source.text) || looksLikePath(parts[0]) ? 'bind' : 'volume',
        propagation: modes.find((m) => PROPAGATIONS.has(m)),
      }
    }
    const long = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
    const source = typeof long.source === 'string' ? hostPath(long.source) : undefined
    const type = typeof long.type === 'string' ? long.type.toLowerCase() : source && looksLikePath(source.text) ? 'bind' : 'volume'
    const ro = toBool(long.read_only)
    const prop = get(long, 'bind', 'propagation')
    return {
      ...item, long, type, source, target: typeof long.target === 'string' ? long.target : undefined, readOnly: ro.known && ro.value,
      propagation: typeof prop === 'string' ? prop.trim().toLowerCase() : undefined,
    }
  })
}

/** A `security_opt` item: option name and value, when known. */
export interface OptItem extends ListItem {
  raw: string
  /** Lower-cased option name, known even when the value is a variable without default (`apparmor:${PROFILE}`). */
  name?: string
  /** The option's value after interpolation with defaults; undefined when absent (bare `no-new-privileges`) or unknown. */
  setting?: string
  /** False when a variable without default decides the value. */
  known: boolean
}

export function readOptItems(file: ComposeFile, service: ServiceView): OptItem[] {
  const parsed = readSecurityOpts(service)
  return listItems(file, service, 'security_opt').map((item) => {
    const raw = String(item.value)
    const p = parsed[item.index]
    if (p?.key !== undefined) return { ...item, raw, name: p.key, setting: p.value, known: !p.valueUnknown }
    // The reader resolves the whole item first; keep the option name when only the value is a variable.
    const m = /^\s*([A-Za-z][\w.-]*)\s*[:=]/.exec(raw)
    return { ...item, raw, name: m?.[1].toLowerCase(), known: false }
  })
}

/** A plan removing `items` from the list `key` (see {@link listEditOps}), or null when none can be removed here. */
export function removeItemsPlan(label: string, file: ComposeFile, service: ServiceView, key: string, items: readonly ListItem[]): EditPlan | null {
  const ops = listEditOps(file, service, key, items.map((item) => ({ item, next: REMOVE })))
  return ops.length ? plan(label, ...ops) : null
}

/**
 * The fix kind of a finding on an item: compose appends a base service's list items to the extending service's, so
 * an inherited item cannot be taken away on the extending service; the base service's own finding carries the fix.
 */
export const itemFix = (item: ListItem): FixKind | undefined => (item.origin === 'extends' ? 'none' : undefined)

/** SELinux types that are unconfined by design: `spc_t` is the "super privileged container" type. */
const UNCONFINED_TYPES = new Set(['spc_t', 'unconfined_t'])

/** 'disable' for `label:disable`, 'type' for `label:type:spc_t`, undefined for a confining label. Any letter case. */
export function labelProblem(o: OptItem): 'disable' | 'type' | undefined {
  if (o.name !== 'label' || o.setting === undefined) return undefined
  const v = o.setting.trim().toLowerCase()
  if (v === 'disable') return 'disable'
  const m = /^type\s*:\s*(\S+)$/.exec(v)
  return m && UNCONFINED_TYPES.has(m[1]) ? 'type' : undefined
}

/** A volume as people write it: the short-syntax string, or `source:target[:ro]` for the long syntax. */
export function mountLabel(m: Mount): string {
  if (typeof m.value === 'string') return m.value
  const source = typeof m.long?.source === 'string' ? m.long.source : ''
  return `${source}:${m.target ?? ''}${m.readOnly ? ':ro' : ''}`
}

/** True when the service's own map also gets `key` through a `<<` merge key (so deleting its own key is not enough). */
export function alsoMerged(file: ComposeFile, service: ServiceView, key: string): boolean {
  return mergedKeyBelow(file.doc, service.name, key)
}

/** An op that stops the service from setting `key` to a bad value: delete its own key, or override an inherited one. */
export function clearKeyOp(file: ComposeFile, service: ServiceView, key: string, override: unknown): EditOp {
  const path = ['services', service.name, key]
  const own = service.locate([key])?.origin === 'own' && !alsoMerged(file, service, key)
  return own ? deleteOp(path) : setOp(path, override)
}

/** True when the whole service is an alias (`app: *base`): the first `set` on it copies the anchored map onto the service. */
export function isAliasedService(file: ComposeFile, service: ServiceView): boolean {
  const pair = servicePair(file, service)
  return pair !== undefined && isAlias(pair.value)
}

function servicePair(file: ComposeFile, service: ServiceView) {
  const services = file.doc.contents && isMap(file.doc.contents) ? findOwnPair(file.doc.contents, 'services')?.value : undefined
  return isMap(services) ? findOwnPair(services, service.name) : undefined
}
