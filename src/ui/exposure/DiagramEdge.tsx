// One edge of the exposure diagram: an orthogonal polyline from ELK, its arrow, and its label box (one line per port
// or mount). Host edges are laid out from the host to the service; the arrow says which way the exposure goes.
import type { PlacedEdge, Point } from '../../exposure/elk-graph'
import { FONT_MONO, LABEL_LINE } from '../../exposure/diagram-sizes'
import type { DiagramPalette } from './diagram-palette'

/** Ports and a shared namespace point at what is reached; mounts, the socket and the host network at the host. */
const ARROW_AT: Readonly<Record<PlacedEdge['edge']['kind'], 'start' | 'end' | 'none'>> = {
  port: 'end', namespace: 'end', mount: 'start', socket: 'start', 'host-network': 'start', joins: 'none',
}

export const markerId = (exposure: string) => `exposure-arrow-${exposure}`

export function ArrowMarkers({ palette }: { palette: DiagramPalette }) {
  return (
    <defs>
      {(['risk', 'limited', 'none'] as const).map((e) => (
        <marker key={e} id={markerId(e)} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={palette.edge[e]} />
        </marker>
      ))}
    </defs>
  )
}

const pathOf = (points: Point[]) => points.map((p, i) => `${i ? 'L' : 'M'}${p.x},${p.y}`).join(' ')

export function DiagramEdge({ placed, palette }: { placed: PlacedEdge; palette: DiagramPalette }) {
  const { edge, points, label } = placed
  const colour = palette.edge[edge.exposure]
  const arrow = ARROW_AT[edge.kind]
  const marker = `url(#${markerId(edge.exposure)})`
  return (
    <g data-edge={edge.id}>
      <path
        d={pathOf(points)}
        fill="none"
        stroke={colour}
        strokeWidth={edge.exposure === 'risk' ? 2.25 : 1.75}
        strokeDasharray={edge.kind === 'joins' || edge.kind === 'namespace' ? '5 4' : undefined}
        strokeLinejoin="round"
        markerStart={arrow === 'start' ? marker : undefined}
        markerEnd={arrow === 'end' ? marker : undefined}
      />
      {label && (
        <g>
          <rect x={label.x} y={label.y} width={label.width} height={label.height} rx={4} fill={palette.label.fill} stroke={colour} strokeWidth={1} />
          {label.lines.map((line, i) => (
            <text key={i} x={label.x + 4} y={label.y + 2 + (i + 1) * LABEL_LINE - 4} fontFamily={FONT_MONO} fontSize={11} fill={palette.text}>
              {line}
            </text>
          ))}
        </g>
      )}
    </g>
  )
}
