// What the diagram's colours and line styles mean, drawn with the same palette as the diagram.
import type { DiagramPalette } from './diagram-palette'

function Line({ colour, dashed = false }: { colour: string; dashed?: boolean }) {
  return (
    <svg aria-hidden="true" width="22" height="8" viewBox="0 0 22 8" className="shrink-0">
      <line x1="1" y1="4" x2="21" y2="4" stroke={colour} strokeWidth="2.25" strokeDasharray={dashed ? '4 3' : undefined} />
    </svg>
  )
}

function Box({ fill, stroke, dashed = false }: { fill: string; stroke: string; dashed?: boolean }) {
  return (
    <svg aria-hidden="true" width="16" height="12" viewBox="0 0 16 12" className="shrink-0">
      <rect x="1" y="1" width="14" height="10" rx="2.5" fill={fill} stroke={stroke} strokeWidth="1.5" strokeDasharray={dashed ? '3 2' : undefined} />
    </svg>
  )
}

export function DiagramLegend({ palette }: { palette: DiagramPalette }) {
  const items = [
    { key: 'risk', mark: <Line colour={palette.edge.risk} />, text: 'open to other machines, or host access' },
    { key: 'limited', mark: <Line colour={palette.edge.limited} />, text: 'this host only, or read-only' },
    { key: 'joins', mark: <Line colour={palette.edge.none} dashed />, text: 'joins a network' },
    { key: 'internal', mark: <Box fill={palette.internal.fill} stroke={palette.internal.stroke} />, text: 'internal network' },
    { key: 'open', mark: <Box fill={palette.network.fill} stroke={palette.network.stroke} dashed />, text: 'network with a route out' },
    { key: 'privileged', mark: <Box fill={palette.privileged.fill} stroke={palette.privileged.stroke} />, text: 'privileged or host network' },
  ]
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-[11px] text-slate-600 dark:text-slate-300">
      {items.map((i) => (
        <li key={i.key} className="flex items-center gap-1.5">
          {i.mark}
          {i.text}
        </li>
      ))}
    </ul>
  )
}
