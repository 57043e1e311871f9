// --network (several, and the advanced name=…,alias=… form), --network-alias, --ip, --ip6 and --link-local-ip as Compose
// networks or network_mode. host, none, bridge and container:NAME are modes; any other name is a user network, which a
// Compose file declares at its top level.
import type { ConvertContext } from './convert-context'
import { noteOnce } from './convert-context'
import { csvFields, intOrText, keyValue, own, put, setEntry } from './service-draft'
import type { Draft } from './service-draft'

const MODES = new Set(['host', 'none', 'bridge', 'default'])

interface Endpoint {
  name: string
  settings: Draft
}

export function mapNetworks(ctx: ConvertContext): void {
  const req = ctx.network
  if (req.networks.length === 0) {
    for (const flag of req.endpointFlags) ctx.unsupported.push({ flag, reason: 'docker run applies it only with --network NAME (a user network); without one there is nothing to set it on' })
    return
  }
  const endpoints = req.networks.map((n) => endpoint(ctx, n))
  const modes = endpoints.filter((e) => MODES.has(e.name) || e.name.startsWith('container:'))
  if (modes.length) {
    if (endpoints.length > 1) {
      ctx.problems.push({ code: 'conflict', message: `--network ${modes[0].name} cannot be combined with another --network (docker refuses it too)` })
      return
    }
    const name = modes[0].name
    const container = name.startsWith('container:') ? ctx.serviceOf(name.slice('container:'.length)) : undefined
    ctx.draft.network_mode = container ? `service:${container}` : name === 'default' ? 'bridge' : name
    for (const flag of req.endpointFlags) ctx.unsupported.push({ flag, reason: `docker run applies it only on a user network, not with --network ${name}` })
    return
  }
  // --network-alias, --ip, --ip6 and --link-local-ip apply to the first (docker: the only) network.
  const first = endpoints[0].settings
  for (const alias of req.aliases) appendTo(first, 'aliases', alias)
  if (req.ip !== undefined) first.ipv4_address = req.ip
  if (req.ip6 !== undefined) first.ipv6_address = req.ip6
  for (const ip of req.linkLocalIps) appendTo(first, 'link_local_ips', ip)
  const simple = endpoints.every((e) => Object.keys(e.settings).length === 0)
  if (simple) ctx.draft.networks = endpoints.map((e) => e.name)
  else {
    const map: Draft = {}
    for (const e of endpoints) put(map, e.name, e.settings)
    ctx.draft.networks = map
  }
  for (const e of endpoints) {
    if (!own(ctx.top.networks, e.name)) put(ctx.top.networks, e.name, {})
    noteOnce(ctx, `Network ${e.name}: Compose creates it as <project>_${e.name}; to join the network docker run used, declare it with \`external: true\`.`)
  }
}

/** `NAME` or `name=NAME,alias=A,ip=…,ip6=…,mac-address=…,link-local-ip=…,driver-opt=K=V,gw-priority=N`. */
function endpoint(ctx: ConvertContext, spec: string): Endpoint {
  if (!spec.includes('=')) return { name: spec, settings: {} }
  const settings: Draft = {}
  let name = ''
  for (const field of csvFields(spec)) {
    const { key, value = '' } = keyValue(field)
    switch (key) {
      case 'name': name = value; break
      case 'alias': appendTo(settings, 'aliases', value); break
      case 'ip': settings.ipv4_address = value; break
      case 'ip6': settings.ipv6_address = value; break
      case 'mac-address': settings.mac_address = value; break
      case 'link-local-ip': appendTo(settings, 'link_local_ips', value); break
      case 'gw-priority': settings.gw_priority = intOrText(value); break
      case 'driver-opt': { const kv = keyValue(value); setEntry(settings, ['driver_opts'], kv.key, kv.value ?? ''); break }
      default: ctx.unsupported.push({ flag: `--network …,${field}`, reason: `the network option ${key} has no Compose equivalent` })
    }
  }
  return { name, settings }
}

function appendTo(obj: Draft, key: string, value: unknown): void {
  obj[key] = [...(Array.isArray(obj[key]) ? (obj[key] as unknown[]) : []), value]
}
