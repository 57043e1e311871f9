// Where a service sits on the network: on compose networks (the implicit `default` when it lists none), on the host's
// network, on none, in another service's or container's namespace, or somewhere a variable or a driver decides.
import { readNetworkMode } from '../compose/read/settings-misc'
import { networkKind, readNetworks } from '../compose/read/settings-networks'
import type { NetworkKind } from '../compose/read/settings-networks'
import type { ComposeFile, ServiceView } from '../compose/types'

export type NetworkPlacement =
  | { mode: 'networks'; networks: Array<{ name: string; kind: NetworkKind }> }
  | { mode: 'host' }
  | { mode: 'none' }
  | { mode: 'service'; target: string; exists: boolean }
  | { mode: 'container'; target: string }
  /** `bridge`, a variable without default, or anything else compose passes to the engine as is. */
  | { mode: 'other'; value: string }

export function placeService(file: ComposeFile, service: ServiceView): NetworkPlacement {
  const raw = service.data.network_mode
  if (raw === undefined || raw === null) {
    const networks = readNetworks(service).map((n) => ({ name: n.name, kind: networkKind(file.data, n.name) }))
    return { mode: 'networks', networks }
  }
  const value = readNetworkMode(service).value
  if (value === undefined) return { mode: 'other', value: String(raw) }
  const lower = value.toLowerCase()
  if (lower === 'host') return { mode: 'host' }
  if (lower === 'none') return { mode: 'none' }
  const shared = /^(service|container):(.+)$/i.exec(value)
  if (shared && shared[1].toLowerCase() === 'service') {
    const target = shared[2].trim()
    return { mode: 'service', target, exists: file.services.some((s) => s.name === target) }
  }
  if (shared) return { mode: 'container', target: shared[2].trim() }
  return { mode: 'other', value }
}

const KIND_WORDS: Readonly<Record<NetworkKind, string>> = {
  internal: 'internal: no route outside',
  external: 'external: made outside this file',
  unknown: 'a variable decides whether it is internal',
  open: '',
}

/** "backend (internal: no route outside)", "frontend". */
export function networkWords(n: { name: string; kind: NetworkKind }): string {
  const words = KIND_WORDS[n.kind]
  return words ? `${n.name} (${words})` : n.name
}

/** The sentence that says where the service sits; null for nothing worth saying. */
export function placementSentence(service: string, p: NetworkPlacement): string {
  switch (p.mode) {
    case 'networks':
      return p.networks.length === 1
        ? `${service} is only on network ${networkWords(p.networks[0])}.`
        : `${service} joins the networks ${p.networks.map(networkWords).join(', ')}.`
    case 'host':
      return `${service} uses the host's network (network_mode: host): every port it listens on is open on the host, published or not, and it sees all of the host's interfaces.`
    case 'none':
      return `${service} has no network (network_mode: none).`
    case 'service':
      return p.exists
        ? `${service} shares the network namespace of ${p.target} (network_mode: service:${p.target}): it is reachable wherever ${p.target} is.`
        : `${service} names the service ${p.target} in network_mode, which this file does not define.`
    case 'container':
      return `${service} shares the network namespace of the container ${p.target}, which runs outside this file.`
    case 'other':
      return `${service} uses network_mode: ${p.value}, outside this file's networks.`
  }
}
