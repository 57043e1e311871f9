// What a service's networks are, how internal each one is, and which services use a database: pure reads of the file.
import { listItems, readEnvironment } from '../../compose/read/settings'
import type { ListItem } from '../../compose/read/settings'
import type { ComposeFile, ServiceView, YamlPath } from '../../compose/types'
import { asList, asObject, get, interpolate, toBool, toText } from '../../compose/read/values'

/** internal: declared `internal: true`; open: declared otherwise or not declared; external: managed outside the file. */
export type NetworkKind = 'internal' | 'open' | 'external' | 'unknown'

export function networkKind(file: ComposeFile, name: string): NetworkKind {
  const def = asObject(get(file.data, 'networks', name))
  if (!def) return 'open'
  const external = toBool(def.external)
  if (asObject(def.external) || (external.known && external.value)) return 'external'
  if (def.internal === undefined || def.internal === null) return 'open'
  const internal = toBool(def.internal)
  if (!internal.known) return 'unknown'
  return internal.value ? 'internal' : 'open'
}

export interface ServiceNetwork {
  name: string
  kind: NetworkKind
  /** Where it is written, relative to the service; undefined for the implicit default network. */
  place?: Pick<ListItem, 'at' | 'origin'>
  /** Per-network settings in map syntax (aliases, ipv4_address…). */
  config?: Record<string, unknown>
}

/** The networks a service joins: its `networks:` (list or map), or the implicit `default` when there are none. */
export function serviceNetworks(file: ComposeFile, service: ServiceView): ServiceNetwork[] {
  const value = service.data.networks
  const map = asObject(value)
  const out: ServiceNetwork[] = []
  if (Array.isArray(value)) {
    for (const item of listItems(service, 'networks')) {
      const t = toText(item.written)
      if (t.known) out.push({ name: t.value, kind: networkKind(file, t.value), place: item })
    }
  } else if (map) {
    for (const [name, config] of Object.entries(map)) {
      const at: YamlPath = ['networks', name]
      out.push({ name, kind: networkKind(file, name), place: { at, origin: service.locate(at)?.origin ?? 'own' }, config: asObject(config) })
    }
  }
  const empty = map ? Object.keys(map).length === 0 : asList(value).length === 0
  if (empty) out.push({ name: 'default', kind: networkKind(file, 'default') })
  return out
}

/** True when the service's network is decided by network_mode (any value but an unresolvable interpolation). */
export function hasNetworkMode(service: ServiceView): boolean {
  return service.data.network_mode !== undefined && service.data.network_mode !== null
}

/** network_mode values that give the database no network of its own to judge. */
export function sharesOrHasNoNetwork(mode: string): boolean {
  return mode === 'none' || /^(service|container):/.test(mode)
}

/** Names the database answers to on a network: its service name, hostname and container_name. */
function hostNames(db: ServiceView): string[] {
  const names = [db.name]
  for (const key of ['hostname', 'container_name']) {
    const t = toText(db.data[key])
    if (t.known && t.value.trim()) names.push(t.value.trim())
  }
  return names
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A value naming `host` as a host: `db`, `db:5432`, `postgres://u:p@db:5432/app`, `redis://redis`, `mongodb://db1,db2/`. */
export function namesHost(value: string, host: string): boolean {
  return new RegExp(`(?:^|[/@,=\\s])${escape(host)}(?::\\d+)?(?=$|[/,;?\\s])`, 'i').test(value.trim())
}

/** How `user` uses the database: depends_on, links, or an environment value naming it as a host. Undefined when it does not. */
export function usesDatabase(user: ServiceView, db: ServiceView): 'depends_on' | 'links' | 'environment' | undefined {
  if (user.name === db.name) return undefined
  const deps = user.data.depends_on
  const depNames = Array.isArray(deps) ? deps.map(String) : Object.keys(asObject(deps) ?? {})
  if (depNames.includes(db.name)) return 'depends_on'
  if (asList(user.data.links).some((l) => String(l).split(':')[0].trim() === db.name)) return 'links'
  const hosts = hostNames(db)
  for (const v of readEnvironment(user)) {
    if (v.value === undefined) continue
    const resolved = interpolate(v.value)
    const text = resolved.known ? resolved.value : v.value
    if (hosts.some((h) => namesHost(text, h))) return 'environment'
  }
  return undefined
}
