// Published ports as the diagram labels them and the text alternative says them: the bind address decides who can
// connect (every interface, this host only, or one interface), so it is always written out, 0.0.0.0 included.
import { bindsAllInterfaces, readPorts } from '../compose/read/settings-ports'
import type { PortMapping } from '../compose/read/settings-ports'
import type { ServiceView } from '../compose/types'
import type { Exposure } from './graph-types'

export interface PortExposure {
  /** "0.0.0.0:80→80", "127.0.0.1:8080→8080", "[::1]:53→53/udp", "0.0.0.0:8000-8010→80". */
  label: string
  sentence: string
  exposure: Exposure
}

const LOOPBACK = /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/i

export const isLoopback = (ip: string): boolean => LOOPBACK.test(ip.trim())

function addressOf(p: PortMapping): string {
  const ip = p.hostIp?.trim() ?? ''
  if (ip === '' ) return '0.0.0.0'
  const bare = ip.replace(/^\[|\]$/g, '')
  return bare.includes(':') ? `[${bare}]` : bare
}

function protocolOf(p: PortMapping): string {
  const proto = p.protocol?.trim().toLowerCase()
  return proto && proto !== 'tcp' ? `/${proto}` : ''
}

/** One published port: its label and its sentence, from the service's point of view. */
export function describePort(service: string, p: PortMapping): PortExposure {
  if (p.unknown) {
    return {
      label: p.raw,
      sentence: `${service} publishes ${p.raw} to the host: a variable decides the address, so it may be every interface.`,
      exposure: 'risk',
    }
  }
  const address = addressOf(p)
  const target = p.target ?? '?'
  const host = p.published ?? 'random'
  const label = `${address}:${host}→${target}${protocolOf(p)}`
  const what = p.published === undefined ? 'a port Docker picks' : /\D/.test(p.published.trim()) ? `ports ${p.published.trim()}` : `port ${p.published.trim()}`
  const proto = p.protocol?.trim().toLowerCase() ?? 'tcp'
  const detail = `(${address}:${host} → container port ${target}/${proto})`
  if (bindsAllInterfaces(p)) {
    return { label, exposure: 'risk', sentence: `${service} publishes ${what} on every interface of the host ${detail}: other machines can connect.` }
  }
  if (isLoopback(address.replace(/^\[|\]$/g, ''))) {
    return { label, exposure: 'limited', sentence: `${service} publishes ${what} on ${address} only ${detail}: reachable from this host only.` }
  }
  return { label, exposure: 'limited', sentence: `${service} publishes ${what} on the host address ${address} ${detail}: machines on that interface's network can connect.` }
}

/** The service's published ports, in the order written. */
export function describePorts(service: ServiceView): PortExposure[] {
  return readPorts(service).map((p) => describePort(service.name, p))
}
