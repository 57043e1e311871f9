// The networks a service joins, and how internal each one is: what the Network form and the database rule read.
import type { ServiceView } from '../types'
import { listItems } from './settings-items'
import type { ListItem } from './settings-items'
import { asObject, get, toBool, toText } from './values'

/** internal: declared `internal: true`; open: declared otherwise, or not declared; external: managed outside the file. */
export type NetworkKind = 'internal' | 'open' | 'external' | 'unknown'

/** How internal a top-level network is. An external network's `internal` says nothing: the network is made elsewhere. */
export function networkKind(data: Record<string, unknown> | null, name: string): NetworkKind {
  const def = asObject(get(data, 'networks', name))
  if (!def) return 'open'
  const external = toBool(def.external)
  if (asObject(def.external) || (external.known && external.value)) return 'external'
  if (def.internal === undefined || def.internal === null) return 'open'
  const internal = toBool(def.internal)
  if (!internal.known) return 'unknown'
  return internal.value ? 'internal' : 'open'
}

export const isInternalNetwork = (data: Record<string, unknown> | null, name: string): boolean => networkKind(data, name) === 'internal'

export interface JoinedNetwork {
  /** The network's name, interpolation defaults applied; as written when a variable without default decides it. */
  name: string
  known: boolean
  /** Where the service lists it (a map entry's `written` is its settings); undefined for the implicit `default` network. */
  place?: ListItem
  /** Per-network settings in map syntax (aliases, ipv4_address…). */
  config?: Record<string, unknown>
}

/**
 * The networks a service joins: its `networks:` (list or map), or, as compose does, the implicit `default` network
 * when it lists none (an empty list or map included) and has no network_mode.
 */
export function readNetworks(s: ServiceView): JoinedNetwork[] {
  const map = asObject(s.data.networks)
  const listed: JoinedNetwork[] = map
    ? Object.entries(map).map(([name, config], index) => {
      const located = s.locate(['networks', name])
      const place: ListItem = { written: config, index, at: ['networks', name], origin: located?.origin ?? 'own', located }
      return { name, known: true, place, config: asObject(config) }
    })
    : listItems(s, 'networks').map((place) => {
      const t = toText(place.written)
      return { name: t.known ? t.value : String(place.written), known: t.known, place }
    })
  if (listed.length > 0) return listed
  const mode = s.data.network_mode
  return mode === undefined || mode === null ? [{ name: 'default', known: true }] : []
}

/** The names of the networks a service joins, the implicit `default` included. */
export const readServiceNetworks = (s: ServiceView): string[] => readNetworks(s).map((n) => n.name)
