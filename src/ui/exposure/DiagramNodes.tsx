// The diagram's boxes: network groups (internal ones in the calm colour, solid), the host's parts, and the services,
// which are buttons: a click, Enter or Space selects the service and the forms show it.
import type { KeyboardEvent } from 'react'
import { NODE, markWidth } from '../../exposure/diagram-sizes'
import type { PlacedGroup, PlacedHost, PlacedService } from '../../exposure/elk-graph'
import type { DiagramPalette } from './diagram-palette'

export function DiagramGroup({ group, palette }: { group: PlacedGroup; palette: DiagramPalette }) {
  const colours = group.kind === 'host' ? palette.hostGroup : group.kind === 'internal' ? palette.internal : group.kind === 'external' ? palette.external : palette.network
  return (
    <g data-group={group.id}>
      <rect
        x={group.x} y={group.y} width={group.width} height={group.height} rx={10}
        fill={colours.fill} stroke={colours.stroke} strokeWidth={group.kind === 'internal' ? 1.75 : 1.25}
        strokeDasharray={group.kind === 'open' || group.kind === 'unknown' ? '6 4' : undefined}
      />
      <text x={group.x + 12} y={group.y + 21} fontSize={12} fontWeight={600} fill={colours.text}>
        {group.title}
      </text>
    </g>
  )
}

export function DiagramHost({ host, palette }: { host: PlacedHost; palette: DiagramPalette }) {
  return (
    <g data-host={host.node.id}>
      <rect x={host.x} y={host.y} width={host.width} height={host.height} rx={6} fill={palette.host.fill} stroke={palette.host.stroke} />
      <text x={host.x + host.width / 2} y={host.y + host.height / 2 + 4.5} textAnchor="middle" fontSize={12.5} fontWeight={600} fill={palette.host.text}>
        {host.node.label}
      </text>
    </g>
  )
}

const RISKY_MARK = /^(privileged|host network|\w+: host)$/

interface ServiceProps {
  service: PlacedService
  palette: DiagramPalette
  selected: boolean
  focused: boolean
  onSelect(name: string): void
  onFocusChange(name: string | null): void
}

export function DiagramService({ service, palette, selected, focused, onSelect, onFocusChange }: ServiceProps) {
  const { node, x, y, width, height } = service
  const risky = node.privileged || node.hostNetwork
  const fill = node.privileged ? palette.privileged.fill : palette.node.fill
  const stroke = selected ? palette.selected : risky ? palette.privileged.stroke : palette.node.stroke
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return
    e.preventDefault()
    onSelect(node.name)
  }
  const markXs = node.marks.reduce<number[]>((xs, _, i) => [...xs, i ? xs[i - 1] + markWidth(node.marks[i - 1]) + NODE.markGap : x + NODE.padX], [])
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={node.accessibleName}
      aria-current={selected ? 'true' : undefined}
      data-service={node.name}
      onClick={() => onSelect(node.name)}
      onKeyDown={onKeyDown}
      onFocus={() => onFocusChange(node.name)}
      onBlur={() => onFocusChange(null)}
      style={{ cursor: 'pointer', outline: 'none' }}
    >
      {(focused || selected) && (
        <rect x={x - 4} y={y - 4} width={width + 8} height={height + 8} rx={11} fill="none" stroke={palette.selected} strokeWidth={focused ? 2.5 : 1.5} strokeOpacity={focused ? 1 : 0.45} />
      )}
      <rect x={x} y={y} width={width} height={height} rx={8} fill={fill} stroke={stroke} strokeWidth={selected || risky ? 2 : 1.25} />
      <text x={x + NODE.padX} y={y + 25} fontSize={13} fontWeight={700} fill={node.privileged ? palette.privileged.text : palette.text}>
        {node.name}
      </text>
      {node.grade && (
        <g>
          <rect x={x + width - NODE.padX - 20} y={y + 10} width={20} height={20} rx={4} fill={palette.grade[node.grade].fill} />
          <text x={x + width - NODE.padX - 10} y={y + 24.5} textAnchor="middle" fontSize={12} fontWeight={700} fill={palette.grade[node.grade].text}>
            {node.grade}
          </text>
        </g>
      )}
      {node.marks.map((mark, i) => {
        const w = markWidth(mark)
        const at = markXs[i]
        const hot = RISKY_MARK.test(mark)
        return (
          <g key={mark}>
            <rect x={at} y={y + NODE.nameRow - 4} width={w} height={17} rx={8.5} fill={hot ? palette.privileged.stroke : palette.mark.fill} />
            <text x={at + NODE.markPadX} y={y + NODE.nameRow + 8.5} fontSize={10.5} fontWeight={600} fill={hot ? palette.background : palette.mark.text}>
              {mark}
            </text>
          </g>
        )
      })}
    </g>
  )
}
