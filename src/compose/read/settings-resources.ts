// Resource limits from `deploy.resources` and the legacy service keys; whichever the file uses.
import type { Located, ServiceView, YamlPath } from '../types'
import { get, isInterpolated, toBytes, toNumber, toText } from './values'

export type ResourceKey = 'memory' | 'memoryReservation' | 'memswap' | 'cpus' | 'cpuQuota' | 'cpuShares' | 'cpuset' | 'pids'

export interface ResourceValue {
  raw: unknown
  /** Number (bytes, CPUs, count) when it can be known; undefined for interpolation without default or nonsense. */
  value?: number
  /** The text value for cpuset. */
  text?: string
  at: YamlPath
  syntax: 'deploy' | 'legacy'
  located?: Located
}

/** Where each setting lives, deploy syntax first. */
const PLACES: Record<ResourceKey, Array<{ at: YamlPath; syntax: 'deploy' | 'legacy' }>> = {
  memory: [{ at: ['deploy', 'resources', 'limits', 'memory'], syntax: 'deploy' }, { at: ['mem_limit'], syntax: 'legacy' }],
  memoryReservation: [{ at: ['deploy', 'resources', 'reservations', 'memory'], syntax: 'deploy' }, { at: ['mem_reservation'], syntax: 'legacy' }],
  memswap: [{ at: ['memswap_limit'], syntax: 'legacy' }],
  cpus: [{ at: ['deploy', 'resources', 'limits', 'cpus'], syntax: 'deploy' }, { at: ['cpus'], syntax: 'legacy' }],
  cpuQuota: [{ at: ['cpu_quota'], syntax: 'legacy' }],
  cpuShares: [{ at: ['cpu_shares'], syntax: 'legacy' }],
  cpuset: [{ at: ['cpuset'], syntax: 'legacy' }],
  pids: [{ at: ['deploy', 'resources', 'limits', 'pids'], syntax: 'deploy' }, { at: ['pids_limit'], syntax: 'legacy' }],
}

const isBytes = (k: ResourceKey) => k === 'memory' || k === 'memoryReservation' || k === 'memswap'

export function resourcePlaces(key: ResourceKey): ReadonlyArray<{ at: YamlPath; syntax: 'deploy' | 'legacy' }> {
  return PLACES[key]
}

/** The values written for `key`, deploy syntax first; `null` counts as not written. */
function readPlaces(s: ServiceView, key: ResourceKey): ResourceValue[] {
  return PLACES[key].flatMap((place): ResourceValue[] => {
    const raw = get(s.data, ...(place.at as string[]))
    if (raw === undefined || raw === null) return []
    const n = isBytes(key) ? toBytes(raw) : toNumber(raw)
    const t = toText(raw)
    return [{ raw, value: n.known ? n.value : undefined, text: t.known ? t.value : undefined, at: place.at, syntax: place.syntax, located: s.locate(place.at) }]
  })
}

/** The value the form shows and edits: the first place written with a value. */
export function readResource(s: ServiceView, key: ResourceKey): ResourceValue | undefined {
  return readPlaces(s, key).find((v) => v.raw !== '')
}

export type LimitState = 'set' | 'unset' | 'unknown'

/** A limit counts when it is known and positive, or an interpolation whose default is (unknown counts as neither). */
export function limitState(v: ResourceValue | undefined, { unlimited = [] as readonly number[] } = {}): LimitState {
  if (!v) return 'unset'
  if (v.value === undefined) return isInterpolated(v.raw) ? 'unknown' : 'unset'
  if (v.value <= 0 || unlimited.includes(v.value)) return 'unset'
  return 'set'
}

export interface LimitRead {
  state: LimitState
  /** The values written but meaning "no limit" (0, -1, nonsense), where they are. */
  ineffective: Array<ResourceValue & { state: LimitState }>
}

/**
 * A limit read from every place it can be written: compose applies a `deploy` limit of 0 as "not set" and keeps the
 * legacy key's value, so any place with a real limit counts. An interpolation without default is neither set nor unset.
 */
export function readLimit(s: ServiceView, key: ResourceKey, unlimited: readonly number[] = []): LimitRead {
  const values = readPlaces(s, key).map((v) => ({ ...v, state: limitState(v, { unlimited }) }))
  const state = values.some((v) => v.state === 'set') ? 'set' : values.some((v) => v.state === 'unknown') ? 'unknown' : 'unset'
  return { state, ineffective: values.filter((v) => v.state === 'unset') }
}

/** Which syntax the service (or file) already uses for resources, so edits keep it. */
export function resourceSyntax(s: ServiceView): 'deploy' | 'legacy' {
  if (get(s.data, 'deploy', 'resources') !== undefined) return 'deploy'
  const legacy = ['mem_limit', 'memswap_limit', 'cpus', 'cpu_quota', 'cpu_shares', 'cpuset', 'mem_reservation']
  return legacy.some((k) => s.data[k] !== undefined) ? 'legacy' : 'deploy'
}
