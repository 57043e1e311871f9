// What a service's networks are, how internal each one is, and which services use a database: pure reads of the file.
import { networkKind, readEnvironment, readNetworks } from '../../compose/read/settings'
import type { JoinedNetwork, NetworkKind } from '../../compose/read/settings'
import type { ComposeFile, ServiceView } from '../../compose/types'
import { asList, asObject, interpolate, toText } from '../../compose/read/values'

export interface ServiceNetwork extends JoinedNetwork {
  kind: NetworkKind
}

/** The networks a service joins, each with how internal it is; a name held in a variable without default is skipped. */
export function serviceNetworks(file: ComposeFile, service: ServiceView): ServiceNetwork[] {
  return readNetworks(service).filter((n) => n.known).map((n) => ({ ...n, kind: networkKind(file.data, n.name) }))
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
