// Readers the container rules share beyond the core's; each says what it adds. Candidates to move into src/compose.
import { mergedKeyBelow } from '../compose/read/services'
import { get, isInterpolated, resourcePlaces, toBytes, toNumber } from '../compose/read/settings'
import type { ResourceKey } from '../compose/read/settings'
import type { ComposeFile, Origin, ServiceView, YamlPath } from '../compose/types'

/** Absolute path of a setting of the service, for edit plans. */
export const servicePath = (s: ServiceView, ...at: YamlPath): YamlPath => ['services', s.name, ...at]

/** The user part of `user[:group]` is root: `root`, or a UID made only of zeros (`0`, `00`). */
export function isRootUserPart(user: string | undefined): boolean {
  return user === 'root' || (user !== undefined && /^0+$/.test(user))
}

export interface ListItem {
  value: unknown
  /** Path relative to the service where the item is written on the service (or its anchor); undefined for an item of an `extends` base merged into an own list. */
  at?: YamlPath
  /** 'base' for an item that only the `extends` base has while the service has its own list. */
  origin: Origin | 'base'
}

/**
 * The items of a list setting with the path each is written at. The core's readers index the resolved list, but
 * `extends` appends the base's items before the service's own, so a resolved index is not the own list's index
 * when both have the list. Here own items get their own index and base-only items get no path.
 */
export function listItems(_file: ComposeFile, s: ServiceView, key: string): ListItem[] {
  const data = s.data[key]
  if (data === undefined || data === null) return []
  if (!Array.isArray(data)) return [{ value: data, at: [key], origin: s.locate([key])?.origin ?? 'own' }]
  return data.map((value, i) => {
    const at = s.itemPath(key, i)
    return at === null ? { value, origin: 'base' as const } : { value, at, origin: s.locate(at)?.origin ?? 'own' }
  })
}

/** The list as written on the service (anchor values merged in, `extends` base not), for overriding it whole. */
export function ownList(file: ComposeFile, s: ServiceView, key: string): unknown[] {
  const own = get(file.data, 'services', s.name, key)
  if (Array.isArray(own)) return own
  return own === undefined || own === null ? [] : [own]
}

/**
 * True when a `<<` merge source of the service also has `key`, so the service's own key only shadows it: removing
 * the own key would bring the anchor's value back (an emptied list must then stay as `[]`).
 */
export function shadowsMergedKey(file: ComposeFile, s: ServiceView, key: string): boolean {
  return mergedKeyBelow(file.doc, s.name, key)
}

export interface LimitValue {
  raw: unknown
  at: YamlPath
  syntax: 'deploy' | 'legacy'
  state: 'set' | 'unset' | 'unknown'
}

export interface LimitRead {
  state: 'set' | 'unset' | 'unknown'
  /** The values written but meaning "no limit" (0, -1, nonsense), where they are. */
  ineffective: LimitValue[]
}

/**
 * A limit read from every place it can be written. The core's readResource returns only the first place, but
 * compose applies a `deploy` limit of 0 as "not set" and keeps the legacy key's value, so any place with a
 * real limit counts. An interpolation without default counts as neither set nor unset ('unknown').
 */
export function readLimit(s: ServiceView, key: ResourceKey, unlimited: readonly number[] = []): LimitRead {
  const values: LimitValue[] = []
  for (const place of resourcePlaces(key)) {
    const raw = get(s.data, ...(place.at as string[]))
    if (raw === undefined || raw === null) continue
    values.push({ raw, at: place.at, syntax: place.syntax, state: limitValueState(key, raw, unlimited) })
  }
  const state = values.some((v) => v.state === 'set') ? 'set' : values.some((v) => v.state === 'unknown') ? 'unknown' : 'unset'
  return { state, ineffective: values.filter((v) => v.state === 'unset') }
}

function limitValueState(key: ResourceKey, raw: unknown, unlimited: readonly number[]): LimitValue['state'] {
  const bytes = key === 'memory' || key === 'memoryReservation' || key === 'memswap'
  const n = bytes ? toBytes(raw) : toNumber(raw)
  if (!n.known) return isInterpolated(raw) ? 'unknown' : 'unset'
  return n.value <= 0 || unlimited.includes(n.value) ? 'unset' : 'set'
}

/** A value as people read it in a message: strings as written, others in YAML-ish form. */
export const shown = (v: unknown): string => (typeof v === 'string' ? v : v === null ? 'null' : JSON.stringify(v))
