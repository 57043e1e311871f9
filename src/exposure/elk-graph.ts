// The exposure graph as ELK's input (layered, left to right: the host, then the services, then the networks they
// join; network groups as compound nodes) and ELK's answer read back as absolute boxes and polylines.
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api'
import type { NetworkKind } from '../compose/read/settings-networks'
import { GROUP, HOST_NODE, labelSize, serviceSize, textWidth } from './diagram-sizes'
import type { ExposureEdge, ExposureGraph, HostNode, ServiceNode } from './graph-types'

export interface Point { x: number; y: number }
export interface Box extends Point { width: number; height: number }
export interface PlacedGroup extends Box { id: string; title: string; kind: NetworkKind | 'host' }
export interface PlacedService extends Box { node: ServiceNode }
export interface PlacedHost extends Box { node: HostNode }
export interface PlacedEdge { edge: ExposureEdge; points: Point[]; label?: Box & { lines: string[] } }
export interface DiagramLayout { width: number; height: number; groups: PlacedGroup[]; services: PlacedService[]; hosts: PlacedHost[]; edges: PlacedEdge[] }

export const HOST_GROUP = 'group:host'

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': '[top=16,left=16,bottom=16,right=16]',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '16',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.layered.spacing.edgeNodeBetweenLayers': '20',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.edgeLabels.placement': 'CENTER',
}

const groupOptions = (title: string) => ({
  'elk.padding': `[top=${GROUP.top},left=${GROUP.side},bottom=${GROUP.side},right=${GROUP.side}]`,
  'elk.nodeSize.constraints': 'MINIMUM_SIZE',
  'elk.nodeSize.minimum': `(${Math.max(GROUP.minWidth, textWidth(title, 'title') + 2 * GROUP.side)},${GROUP.top + GROUP.minHeight})`,
})

/** "network backend · internal"; a plain open network is just "network frontend". */
export function groupTitle(name: string, kind: NetworkKind): string {
  return `network ${name}${kind === 'open' ? '' : ` · ${kind === 'unknown' ? 'internal?' : kind}`}`
}

const HOST_TITLE = 'Host'

export function toElkGraph(graph: ExposureGraph): ElkNode {
  const serviceNode = (s: ServiceNode): ElkNode => ({ id: s.id, ...serviceSize(s) })
  const groups: ElkNode[] = graph.networks.map((n) => {
    const title = groupTitle(n.name, n.kind)
    return { id: n.id, layoutOptions: groupOptions(title), children: graph.services.filter((s) => s.group === n.id).map(serviceNode) }
  })
  const host: ElkNode[] = graph.hostNodes.length
    ? [{ id: HOST_GROUP, layoutOptions: groupOptions(HOST_TITLE), children: graph.hostNodes.map((h) => ({ id: h.id, ...HOST_NODE })) }]
    : []
  const edges: ElkExtendedEdge[] = graph.edges.map((e) => {
    // Host edges point from the host to the service so the host is the first layer, whatever the arrow says.
    const fromHost = e.to === 'host' || e.to === 'host-fs' || e.to === 'docker-socket'
    const labels = e.label.length ? [{ id: `${e.id}:label`, text: e.label.join('\n'), ...labelSize(e.label) }] : []
    return { id: e.id, sources: [fromHost ? e.to : `service:${e.service}`], targets: [fromHost ? `service:${e.service}` : e.to], labels }
  })
  return {
    id: 'root',
    layoutOptions: ROOT_OPTIONS,
    children: [...host, ...graph.services.filter((s) => s.group === undefined).map(serviceNode), ...groups],
    edges,
  }
}

/** ELK's answer as absolute coordinates (ELK gives children relative to their parent, edges to their container). */
export function readLayout(graph: ExposureGraph, result: ElkNode): DiagramLayout {
  const origin = new Map<string, Point>([['root', { x: 0, y: 0 }]])
  const boxes = new Map<string, Box>()
  const walk = (node: ElkNode, at: Point) => {
    for (const child of node.children ?? []) {
      const box = { x: at.x + (child.x ?? 0), y: at.y + (child.y ?? 0), width: child.width ?? 0, height: child.height ?? 0 }
      boxes.set(child.id, box)
      origin.set(child.id, box)
      walk(child, box)
    }
  }
  walk(result, { x: 0, y: 0 })
  const box = (id: string): Box => boxes.get(id) ?? { x: 0, y: 0, width: 0, height: 0 }
  const byId = new Map(graph.edges.map((e) => [e.id, e]))
  const edges: PlacedEdge[] = []
  for (const e of (result.edges ?? []) as ElkExtendedEdge[]) {
    const edge = byId.get(e.id)
    const section = e.sections?.[0]
    if (!edge || !section) continue
    const o = origin.get(e.container ?? 'root') ?? { x: 0, y: 0 }
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: p.x + o.x, y: p.y + o.y }))
    const l = e.labels?.[0]
    const label = l && edge.label.length ? { x: o.x + (l.x ?? 0), y: o.y + (l.y ?? 0), width: l.width ?? 0, height: l.height ?? 0, lines: edge.label } : undefined
    edges.push({ edge, points, label })
  }
  const titles = new Map<string, { title: string; kind: PlacedGroup['kind'] }>(graph.networks.map((n) => [n.id, { title: groupTitle(n.name, n.kind), kind: n.kind }]))
  if (graph.hostNodes.length) titles.set(HOST_GROUP, { title: HOST_TITLE, kind: 'host' })
  return {
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    groups: [...titles].map(([id, t]) => ({ id, ...t, ...box(id) })),
    services: graph.services.map((node) => ({ node, ...box(node.id) })),
    hosts: graph.hostNodes.map((node) => ({ node, ...box(node.id) })),
    edges,
  }
}
