// buildExposureGraph is a pure function of (file, grades): every service is a node, every network it joins a group
// (a service on exactly one network is drawn inside it, one on several is joined to each), and every path from a
// service to the host (ports, the host's network, host paths, the runtime socket) an edge with a sentence.
import { readIsolation } from '../compose/read/settings-isolation'
import type { IsolationKey } from '../compose/read/settings-isolation'
import type { ComposeFile, ServiceView } from '../compose/types'
import type { Grade } from '../scoring/score'
import { HOST_LABELS, networkId, serviceId } from './graph-types'
import type { ExposureEdge, ExposureGraph, HostPart, NetworkGroup, ServiceNode, Statement } from './graph-types'
import { describeMounts } from './mount-exposure'
import { placeService, placementSentence } from './network-placement'
import type { NetworkPlacement } from './network-placement'
import { describePorts } from './port-exposure'

const NAMESPACES: readonly IsolationKey[] = ['pid', 'ipc', 'uts', 'cgroup', 'userns_mode']

export function buildExposureGraph(file: ComposeFile, grades: ReadonlyMap<string, Grade> = new Map()): ExposureGraph {
  const graph: ExposureGraph = { services: [], networks: [], hostNodes: [], edges: [], statements: [] }
  const groups = new Map<string, NetworkGroup>()
  const hostParts = new Set<HostPart>()
  for (const service of file.services) {
    const placement = placeService(file, service)
    if (placement.mode === 'networks') {
      for (const n of placement.networks) if (!groups.has(n.name)) groups.set(n.name, { id: networkId(n.name), name: n.name, kind: n.kind })
    }
    const { node, edges, statements } = describeService(file, service, placement, grades.get(service.name))
    graph.services.push(node)
    graph.edges.push(...edges)
    graph.statements.push(...statements)
    for (const e of edges) if (e.to in HOST_LABELS) hostParts.add(e.to as HostPart)
  }
  graph.networks = [...groups.values()]
  graph.hostNodes = (Object.keys(HOST_LABELS) as HostPart[]).filter((p) => hostParts.has(p)).map((id) => ({ id, label: HOST_LABELS[id] }))
  return graph
}

interface Described {
  node: ServiceNode
  edges: ExposureEdge[]
  statements: Statement[]
}

function describeService(file: ComposeFile, service: ServiceView, placement: NetworkPlacement, grade: Grade | undefined): Described {
  const name = service.name
  const edges: ExposureEdge[] = []
  const statements: Statement[] = []
  const marks: string[] = []
  const say = (text: string, exposure: Statement['exposure']) => statements.push({ service: name, text, exposure })
  const edge = (kind: ExposureEdge['kind'], to: string, label: string[], exposure: ExposureEdge['exposure'], suffix = '') =>
    edges.push({ id: `${kind}${suffix}:${name}->${to}`, kind, service: name, to, label, exposure })

  const hostNetwork = placement.mode === 'host'
  say(placementSentence(name, placement), hostNetwork ? 'risk' : 'none')
  if (hostNetwork) {
    marks.push('host network')
    edge('host-network', 'host', ['network_mode: host'], 'risk')
  } else if (placement.mode === 'none') marks.push('no network')
  else if (placement.mode === 'service' && placement.exists) edge('namespace', serviceId(placement.target), ['shares network'], 'limited')
  else if (placement.mode === 'networks' && placement.networks.length > 1) {
    for (const n of placement.networks) edge('joins', networkId(n.name), [], 'none')
  } else if (placement.mode === 'service' || placement.mode === 'container') marks.push(`network: ${placement.mode}:${placement.target}`)

  const privileged = readIsolation(service, 'privileged').on
  if (privileged) {
    marks.push('privileged')
    say(`${name} is privileged: it has every capability and all of the host's devices.`, 'risk')
  }
  for (const key of NAMESPACES) {
    if (!readIsolation(service, key).on) continue
    marks.push(`${key}: host`)
    say(`${name} shares the host's ${key === 'userns_mode' ? 'user' : key} namespace (${key}: host).`, 'risk')
  }

  // With the host's network the engine drops `ports`: every port is open already, which the host-network edge says.
  const ports = hostNetwork ? [] : describePorts(service)
  for (const exposure of ['risk', 'limited'] as const) {
    const these = ports.filter((p) => p.exposure === exposure)
    if (these.length) edge('port', 'host', these.map((p) => p.label), exposure, `-${exposure}`)
  }
  for (const p of ports) say(p.sentence, p.exposure)
  if (!hostNetwork && ports.length === 0 && placement.mode !== 'service') say(`${name} publishes no ports to the host.`, 'none')

  const mounts = describeMounts(file, service)
  const sockets = mounts.filter((m) => m.kind === 'socket')
  if (sockets.length) edge('socket', 'docker-socket', sockets.map((m) => m.label), 'risk')
  for (const exposure of ['risk', 'limited'] as const) {
    const these = mounts.filter((m) => m.kind === 'mount' && m.exposure === exposure)
    if (these.length) edge('mount', 'host-fs', these.map((m) => m.label), exposure, `-${exposure}`)
  }
  for (const m of mounts) say(m.sentence, m.exposure)

  const group = placement.mode === 'networks' && placement.networks.length === 1 ? networkId(placement.networks[0].name) : undefined
  const node: ServiceNode = {
    id: serviceId(name), name, grade, privileged, hostNetwork, marks, group,
    accessibleName: accessibleName(name, grade, marks, ports.map((p) => p.label), sockets.length > 0, mounts.length - sockets.length),
  }
  return { node, edges, statements }
}

function accessibleName(name: string, grade: Grade | undefined, marks: string[], ports: string[], socket: boolean, mounts: number): string {
  const parts = [name, grade ? `grade ${grade}` : 'not graded yet', ...marks]
  if (ports.length) parts.push(`publishes ${ports.join(', ')}`)
  if (socket) parts.push('mounts the Docker socket')
  if (mounts) parts.push(mounts === 1 ? 'mounts a host path' : `mounts ${mounts} host paths`)
  return parts.join(', ')
}
