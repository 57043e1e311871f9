// Plans for the Network form: network_mode, the service's networks, top-level `internal`, published ports.
import { alsoMerged } from '../compose/read/services'
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import { bindsAllInterfaces, readNetworks, readPorts } from '../compose/read/settings'
import type { ComposeFile, EditOp, EditPlan, ServiceView } from '../compose/types'
import { asObject, get } from '../compose/read/values'
import { listItems } from '../compose/read/settings'
import type { ListItem } from '../compose/read/settings'
import { bindShortPortToLocalhost, localhostIp } from './localhost'
import { clearKeyOp, editItemPlan, findService, listEditOps, REMOVE, usesLongSyntax } from './list-items'
import type { ItemEdit } from './list-items'

type Built = EditPlan | string | null

// ---- network_mode -------------------------------------------------------------------------------

export type NetworkModeKind = 'default' | 'bridge' | 'host' | 'none' | 'service' | 'container' | 'other'

/** `network_mode` as the form shows it: a kind, and the service or container name of `service:x` / `container:x`. */
export function networkModeChoice(value: string | undefined): { kind: NetworkModeKind; target: string } {
  const v = (value ?? '').trim()
  if (v === '') return { kind: 'default', target: '' }
  if (v === 'bridge' || v === 'host' || v === 'none') return { kind: v, target: '' }
  const m = /^(service|container):(.*)$/.exec(v)
  return m ? { kind: m[1] as 'service' | 'container', target: m[2] } : { kind: 'other', target: v }
}

/** The `network_mode` value for a choice: '' for compose's default (no key). */
export function networkModeValue(kind: NetworkModeKind, target: string): string {
  if (kind === 'default') return ''
  if (kind === 'service' || kind === 'container') return `${kind}:${target.trim()}`
  if (kind === 'other') return target.trim()
  return kind
}

export function networkModeProblem(kind: NetworkModeKind, target: string): string | null {
  const t = target.trim()
  if (kind === 'service' && !t) return 'Name the service whose network stack to share.'
  if (kind === 'container' && !t) return 'Name the container whose network stack to share.'
  if (kind === 'other' && !t) return 'Enter a network mode.'
  if (/\s/.test(t)) return 'A name cannot contain spaces.'
  return null
}

export function setNetworkModePlan(file: ComposeFile, name: string, value: string): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const path = ['services', name, 'network_mode']
  const current = service.data.network_mode
  if (value === '') {
    if (current === undefined) return null
    const located = service.locate(['network_mode'])
    if (located && located.origin !== 'own') return 'network_mode is inherited; remove it where it is written (the anchor or the base service).'
    // Deleting an own key that hides an anchor's would bring the anchor's value back.
    if (alsoMerged(file, service, 'network_mode')) return `network_mode of ${name} hides the one an anchor gives, which would come back; choose another mode, or change the anchor.`
    return plan(`Use the default networks for ${name}`, deleteOp(path))
  }
  if (current === value) return null
  if (service.data.networks !== undefined) {
    return `Compose refuses network_mode together with networks: remove the networks of ${name} first.`
  }
  return plan(`Set the network mode of ${name} to ${value}`, setOp(path, value))
}

// ---- the service's networks ------------------------------------------------------------------------

const NETWORK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/

export function networkNameProblem(network: string, joined: readonly string[]): string | null {
  const n = network.trim()
  if (!n) return 'Enter a network name.'
  if (!NETWORK_NAME.test(n)) return 'Use only letters, digits, ".", "_" and "-" in a network name.'
  if (joined.includes(n)) return `The service is on ${n} already.`
  return null
}

/** The networks the service lists itself (not the implicit default network). */
export function listedNetworks(service: ServiceView): string[] {
  return readNetworks(service).filter((n) => n.place).map((n) => n.name)
}

/** Joins a network, in the syntax the service already uses; an undeclared network is declared at the top level too. */
export function addServiceNetworkPlan(file: ComposeFile, name: string, network: string): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const n = network.trim()
  const problem = networkNameProblem(n, listedNetworks(service))
  if (problem) return problem
  if (service.data.network_mode !== undefined) {
    return `Compose refuses networks together with network_mode: set the network mode of ${name} to the default first.`
  }
  const base = ['services', name, 'networks']
  const ops: EditOp[] = [asObject(service.data.networks) ? setOp([...base, n], {}) : appendOp(base, n)]
  if (n !== 'default' && !hasTopLevelKey(file, 'networks', n)) {
    ops.push(setOp(['networks', n], {}))
  }
  return plan(`Attach ${name} to network ${n}`, ...ops)
}

function hasTopLevelKey(file: ComposeFile, section: string, key: string): boolean {
  const map = asObject(file.data?.[section])
  return map !== undefined && Object.prototype.hasOwnProperty.call(map, key)
}

export function removeServiceNetworkPlan(file: ComposeFile, name: string, network: string): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const label = `Detach ${name} from network ${network}`
  const list = service.data.networks
  if (Array.isArray(list)) {
    const item = readNetworks(service).find((n) => n.place && n.name === network)?.place
    return item ? editItemPlan(label, file, service, 'networks', item.index, REMOVE) : null
  }
  const map = asObject(list)
  if (!map || !Object.prototype.hasOwnProperty.call(map, network)) return null
  const located = service.locate(['networks', network])
  if (located?.origin === 'extends') return `Network ${network} comes from the base service through extends; change it there.`
  if (located?.origin === 'merge') {
    const rest = Object.fromEntries(Object.entries(map).filter(([k]) => k !== network))
    return plan(label, setOp(['services', name, 'networks'], rest))
  }
  return plan(label, deleteOp(['services', name, 'networks', network]))
}

/** Top-level `networks.<name>.internal`. Turning it off writes `false` rather than deleting, so `{internal: true}` never empties. */
export function setNetworkInternalPlan(file: ComposeFile, network: string, on: boolean): Built {
  if (!hasTopLevelKey(file, 'networks', network)) return `Network ${network} is not declared under networks: any more.`
  const current = get(file.data, 'networks', network, 'internal')
  if (!on && current === undefined) return null
  return plan(`${on ? 'Make' : 'Stop making'} network ${network} internal`, setOp(['networks', network, 'internal'], on))
}

// ---- published ports -----------------------------------------------------------------------------

export interface PortInput {
  hostIp: string
  published: string
  target: string
  protocol: string
}

const PORT = /^\d{1,5}(-\d{1,5})?$/
const IPV4 = /^(\d{1,3}\.){3}\d{1,3}$/
const IPV6 = /^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*$/
export const PROTOCOLS = ['tcp', 'udp', 'sctp'] as const

function portProblem(value: string, what: string): string | undefined {
  if (!PORT.test(value)) return `Write the ${what} as a number (8080) or a range (8000-8010).`
  const [low, high = low] = value.split('-').map(Number)
  if (low < 1 || high > 65535 || high < low) return `The ${what} must be between 1 and 65535.`
  return undefined
}

/** Problems with a new port, keyed by field, for people. Empty when the port can be written. */
export function portInputProblems(input: PortInput): Partial<Record<keyof PortInput, string>> {
  const out: Partial<Record<keyof PortInput, string>> = {}
  const ip = input.hostIp.trim()
  if (ip && !IPV4.test(ip) && !IPV6.test(ip.replace(/^\[|\]$/g, ''))) out.hostIp = 'Write an IP address such as 127.0.0.1, or leave it empty.'
  const published = input.published.trim()
  if (published) out.published = portProblem(published, 'host port')
  const target = input.target.trim()
  out.target = target ? portProblem(target, 'container port') : 'Enter the container port.'
  if (!out.published) delete out.published
  if (!out.target) delete out.target
  if (!(PROTOCOLS as readonly string[]).includes(input.protocol.trim() || 'tcp')) out.protocol = 'Choose tcp, udp or sctp.'
  return out
}

/** `[ip:][host:]container[/protocol]`; an IPv6 address is bracketed, tcp (the default) is left out. */
export function formatShortPort(input: PortInput): string {
  const ip = input.hostIp.trim().replace(/^\[|\]$/g, '')
  const published = input.published.trim()
  const target = input.target.trim()
  const protocol = input.protocol.trim()
  const host = ip ? `${ip.includes(':') ? `[${ip}]` : ip}:${published}:` : published ? `${published}:` : ''
  return `${host}${target}${protocol && protocol !== 'tcp' ? `/${protocol}` : ''}`
}

function longPort(input: PortInput): Record<string, unknown> {
  const target = input.target.trim()
  const out: Record<string, unknown> = { target: /^\d+$/.test(target) ? Number(target) : target }
  if (input.published.trim()) out.published = input.published.trim()
  if (input.hostIp.trim()) out.host_ip = input.hostIp.trim().replace(/^\[|\]$/g, '')
  if (input.protocol.trim() && input.protocol.trim() !== 'tcp') out.protocol = input.protocol.trim()
  return out
}

/** Publishes a port in the syntax the service's ports already use (short unless every one is long). */
export function addPortPlan(file: ComposeFile, name: string, input: PortInput): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const problem = Object.values(portInputProblems(input))[0]
  if (problem) return problem
  const value = usesLongSyntax(service, 'ports') ? longPort(input) : formatShortPort(input)
  return plan(`Publish port ${formatShortPort(input)} of ${name}`, appendOp(['services', name, 'ports'], value))
}

export function removePortPlan(file: ComposeFile, name: string, index: number): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const port = readPorts(service)[index]
  return editItemPlan(`Stop publishing port ${port?.raw ?? index + 1} of ${name}`, file, service, 'ports', index, REMOVE)
}

/** The edit that binds one published port to 127.0.0.1: the short string rewritten, or `host_ip` set in long syntax. */
function bindEdit(service: ServiceView, item: ListItem): ItemEdit {
  const long = asObject(item.written)
  if (!long) return { item, next: bindShortPortToLocalhost(item.written as string | number) }
  const ip = localhostIp(typeof long.host_ip === 'string' ? long.host_ip : '')
  const op = item.origin === 'own' && item.at ? setOp(['services', service.name, ...item.at, 'host_ip'], ip) : undefined
  return { item, next: { ...long, host_ip: ip }, op }
}

function bindPlan(file: ComposeFile, service: ServiceView, indexes: readonly number[], label: string): Built {
  const items = listItems(service, 'ports')
  const chosen = indexes.map((i) => items[i]).filter((item): item is ListItem => item !== undefined)
  if (chosen.length === 0) return null
  if (chosen.every((item) => item.origin === 'extends')) return 'These ports come from the base service through extends; bind them there.'
  const ops = listEditOps(file, service, 'ports', chosen.map((item) => bindEdit(service, item)))
  return ops.length ? plan(label, ...ops) : null
}

export function bindPortToLocalhostPlan(file: ComposeFile, name: string, index: number): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const port = readPorts(service)[index]
  if (!port) return `That port is gone from ${name}; the text changed meanwhile.`
  if (!bindsAllInterfaces(port)) return null
  return bindPlan(file, service, [index], `Bind port ${port.raw} of ${name} to 127.0.0.1`)
}

export function bindAllPortsToLocalhostPlan(file: ComposeFile, name: string): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const exposed = readPorts(service).filter(bindsAllInterfaces).map((p) => p.index)
  return bindPlan(file, service, exposed, `Bind every published port of ${name} to 127.0.0.1`)
}

/** Stops publishing every port of the service (a database's clients reach it over the project network). */
/**
 * Stops publishing every port of the service (a database's clients reach it over the project network), also
 * no-exposed-database-ports' fix: `ports:` is deleted, or overridden with none where an anchor gives it (or would give
 * it back). Ports an `extends` base adds stay: compose adds them back, so only the service's own go.
 */
export function removeAllPortsPlan(file: ComposeFile, name: string): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const items = listItems(service, 'ports')
  if (items.length === 0) return null
  const here = items.filter((item) => item.origin !== 'extends')
  if (here.length === 0) return 'These ports come from the base service through extends; remove them there.'
  const label = `Stop publishing the ports of ${name}`
  if (here.length === items.length) return plan(label, clearKeyOp(file, service, 'ports', []))
  return plan(label, ...listEditOps(file, service, 'ports', here.map((item) => ({ item, next: REMOVE }))))
}
