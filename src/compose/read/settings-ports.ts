// Published ports in short ("127.0.0.1:8080:80/tcp", "[::1]:80:80", "8000-8010:80") and long syntax.
import type { ServiceView } from '../types'
import { listItems } from './settings-items'
import type { ListItem } from './settings-items'
import { asObject, toText } from './values'

export interface PortMapping extends ListItem {
  /** Host IP the port binds, undefined when none is given (every interface). */
  hostIp?: string
  /** Host-side port or range as written, undefined when Docker picks one. */
  published?: string
  target?: string
  protocol?: string
  /** True when the value depends on a variable without default. */
  unknown: boolean
  raw: string
  long: boolean
}

export function parseShortPort(input: string): Pick<PortMapping, 'hostIp' | 'published' | 'target' | 'protocol'> {
  let rest = input.trim()
  let protocol: string | undefined
  const slash = rest.lastIndexOf('/')
  if (slash >= 0) { protocol = rest.slice(slash + 1); rest = rest.slice(0, slash) }
  let hostIp: string | undefined
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']')
    hostIp = rest.slice(1, close)
    rest = rest.slice(close + 2)
  }
  const parts = rest.split(':')
  if (parts.length > 3) {
    // An unbracketed IPv6 address: the last two parts are the ports.
    return { hostIp: parts.slice(0, -2).join(':'), published: parts.at(-2), target: parts.at(-1), protocol }
  }
  if (parts.length === 3) return { hostIp: parts[0], published: parts[1] || undefined, target: parts[2], protocol }
  if (parts.length === 2) return { hostIp, published: parts[0], target: parts[1], protocol }
  return { hostIp, target: parts[0], protocol }
}

export function readPorts(s: ServiceView): PortMapping[] {
  return listItems(s, 'ports').map((item): PortMapping => {
    const { written } = item
    const base = { ...item, raw: typeof written === 'object' ? JSON.stringify(written) : String(written) }
    const long = asObject(written)
    if (long) {
      // `host_ip:` with no value is null, which Docker reads as no address: every interface, like `host_ip: ""`.
      const ip = long.host_ip === null ? { known: true as const, value: '' } : toText(long.host_ip)
      const pub = toText(long.published)
      return {
        ...base, long: true, unknown: (long.host_ip !== undefined && !ip.known),
        hostIp: ip.known ? ip.value : undefined,
        published: pub.known && pub.value !== '' ? pub.value : undefined,
        target: long.target === undefined ? undefined : String(long.target),
        protocol: typeof long.protocol === 'string' ? long.protocol : undefined,
      }
    }
    const t = toText(written)
    if (!t.known) return { ...base, long: false, unknown: true }
    return { ...base, long: false, unknown: false, ...parseShortPort(t.value) }
  })
}

/** The lowest host port of a published port or range ("8000-8010" → 8000), or undefined. */
export function lowestHostPort(p: PortMapping): number | undefined {
  if (p.published === undefined) return undefined
  const m = /^(\d+)/.exec(p.published.trim())
  return m ? Number(m[1]) : undefined
}

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]'])

/** True when the port is published on every interface of the host. */
export function bindsAllInterfaces(p: PortMapping): boolean {
  if (p.unknown) return false
  return p.hostIp === undefined || ALL_INTERFACES.has(p.hostIp.trim())
}
