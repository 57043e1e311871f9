// Inter-container traffic (icc) on a top-level network: whether the bridge driver's enable_icc option applies, what it
// is set to, and which services that depend on each other would lose their only way to talk with it off.
import type { ComposeFile } from '../types'
import { readServiceNetworks } from './settings-networks'
import { asObject, get, toBool, toText } from './values'

export const ICC_OPTION = 'com.docker.network.bridge.enable_icc'

/** on: not written, or written true; off: written false (Docker reads it as a boolean); unknown: a variable decides. */
export type IccState = 'on' | 'off' | 'unknown'

export interface NetworkIcc {
  /** Whether `networks.<name>` is written at the top level (the implicit `default` need not be). */
  declared: boolean
  /** The driver as Compose uses it: `bridge` when none is written. */
  driver: string
  /** Why the switch is not offered, for people; undefined when the network is a bridge the file creates. */
  notOffered?: string
  state: IccState
}

const DRIVER_REASONS: Record<string, string> = {
  overlay: 'An overlay network spans Docker hosts; enable_icc is an option of the bridge driver and overlay does not read it.',
  macvlan: 'A macvlan network puts containers straight on the host’s parent interface: there is no Docker bridge to filter, so enable_icc does not apply.',
  ipvlan: 'An ipvlan network puts containers straight on the host’s parent interface: there is no Docker bridge to filter, so enable_icc does not apply.',
  host: 'The host driver gives containers the host’s own network stack: there is no container-to-container bridge to switch off.',
  none: 'The none driver gives containers no network at all: there is no traffic between them to switch off.',
  null: 'The null driver gives containers no network at all: there is no traffic between them to switch off.',
}

/** The icc facts of the top-level network `name` (as services reference it, not its `name:` property). */
export function readNetworkIcc(data: Record<string, unknown> | null, name: string): NetworkIcc {
  const networks = asObject(data?.networks)
  const declared = networks !== undefined && Object.prototype.hasOwnProperty.call(networks, name)
  const raw = declared ? networks[name] : undefined
  const def = asObject(raw)
  const state = iccState(def?.driver_opts)
  const fact = (driver: string, notOffered?: string): NetworkIcc => ({ declared, driver, state, ...(notOffered ? { notOffered } : {}) })
  if (!declared && name.includes('$')) return fact('bridge', `A variable names this network (${name}); declare the network under networks: to switch it.`)
  if (raw !== undefined && raw !== null && !def) return fact('bridge', `Network ${name} is not written as a map; fix it in the editor first.`)
  const external = toBool(def?.external)
  if (asObject(def?.external) || (external.known && external.value)) {
    return fact(
      'external',
      `Created outside this file (external): Compose does not create it, so its driver options are set where it is made, e.g. docker network create -o ${ICC_OPTION}=false ${name}.`,
    )
  }
  if (def?.driver === undefined || def.driver === null) return fact('bridge')
  const driver = toText(def.driver)
  if (!driver.known) return fact(String(def.driver), 'A variable chooses the driver; enable_icc applies only when it is bridge, so set it in the editor.')
  const d = driver.value.trim()
  if (d === 'bridge') return fact('bridge')
  return fact(d, DRIVER_REASONS[d] ?? `The ${d} driver is not Docker’s bridge driver; enable_icc is a bridge option, so it may mean nothing there.`)
}

function iccState(opts: unknown): IccState {
  const value = asObject(opts)?.[ICC_OPTION]
  if (value === undefined || value === null) return 'on'
  const b = toBool(value)
  if (!b.known) return 'unknown'
  return b.value ? 'on' : 'off'
}

/** The services a service names in depends_on (list or map syntax). */
function dependencies(data: Record<string, unknown>): string[] {
  const deps = data.depends_on
  if (Array.isArray(deps)) return deps.map(String)
  return Object.keys(asObject(deps) ?? {})
}

export interface CutDependency {
  /** The service that depends on `on`. */
  from: string
  on: string
}

/**
 * The depends_on pairs that both sit on `network` and share no other network where inter-container traffic is on:
 * with icc off on `network`, `from` could no longer reach `on` directly (only through a published port).
 */
export function cutDependencies(file: ComposeFile, network: string): CutDependency[] {
  const joined = new Map(file.services.map((s) => [s.name, readServiceNetworks(s)]))
  const iccOn = (n: string) => n !== network && readNetworkIcc(file.data, n).state !== 'off'
  const out: CutDependency[] = []
  for (const service of file.services) {
    const mine = joined.get(service.name) ?? []
    if (!mine.includes(network)) continue
    for (const dep of dependencies(service.data)) {
      const theirs = joined.get(dep)
      if (dep === service.name || !theirs?.includes(network)) continue
      if (!mine.some((n) => theirs.includes(n) && iccOn(n))) out.push({ from: service.name, on: dep })
    }
  }
  return out
}

/** `networks.<name>.driver_opts` as written: undefined when absent, the map, or null when it is something else. */
export function writtenDriverOpts(data: Record<string, unknown> | null, name: string): Record<string, unknown> | undefined | null {
  const opts = get(data, 'networks', name, 'driver_opts')
  if (opts === undefined || opts === null) return undefined
  return asObject(opts) ?? null
}
