// The exposure graph: what a stack opens to the host, as plain data. Built by build-graph.ts, laid out by elk-graph.ts,
// drawn by the page and read aloud as its statements; it holds no coordinates.
import type { NetworkKind } from '../compose/read/settings-networks'
import type { Grade } from '../scoring/score'

/** How much an edge or a fact exposes: `risk` is drawn in the risk colour, `limited` in the calm one. */
export type Exposure = 'risk' | 'limited' | 'none'

/** The parts of the host a service can reach: its interfaces (ports, host network), its files, the Docker API. */
export type HostPart = 'host' | 'host-fs' | 'docker-socket'

export const HOST_LABELS: Readonly<Record<HostPart, string>> = {
  host: 'Host network',
  'host-fs': 'Host filesystem',
  'docker-socket': 'Docker socket',
}

export interface ServiceNode {
  /** `service:<name>`. */
  id: string
  name: string
  /** The service's grade; undefined while the analysis has none for it. */
  grade?: Grade
  privileged: boolean
  /** `network_mode: host`. */
  hostNetwork: boolean
  /** Short marks drawn on the node ("privileged", "host network", "pid: host", "no network"). */
  marks: string[]
  /** The network group it is drawn in: set when it joins exactly one network. */
  group?: string
  /** What a screen reader says for the node: "web, grade B, publishes 0.0.0.0:80". */
  accessibleName: string
}

export interface NetworkGroup {
  /** `network:<name>`. */
  id: string
  name: string
  kind: NetworkKind
}

export interface HostNode {
  id: HostPart
  label: string
}

export type EdgeKind = 'port' | 'host-network' | 'mount' | 'socket' | 'joins' | 'namespace'

export interface ExposureEdge {
  id: string
  kind: EdgeKind
  /** The service the edge starts at. */
  service: string
  /** A node or group id: `service:x`, `network:x` or a HostPart. */
  to: string
  /** The label's lines (one per port or mount). */
  label: string[]
  exposure: Exposure
}

/** One sentence of the text alternative: every edge, every group membership and every highlight, per service. */
export interface Statement {
  service: string
  text: string
  exposure: Exposure
}

export interface ExposureGraph {
  services: ServiceNode[]
  networks: NetworkGroup[]
  /** Only the parts some edge reaches. */
  hostNodes: HostNode[]
  edges: ExposureEdge[]
  statements: Statement[]
}

export const serviceId = (name: string): string => `service:${name}`
export const networkId = (name: string): string => `network:${name}`
