// The exposure diagram as one self-contained SVG (colours and fonts inline), so what is exported is what is shown.
// Named by its <title>, described by its <desc>; the services are its only focusable parts, in document order.
import { useState } from 'react'
import type { Ref } from 'react'
import { FONT_SANS } from '../../exposure/diagram-sizes'
import type { DiagramLayout } from '../../exposure/elk-graph'
import { ArrowMarkers, DiagramEdge } from './DiagramEdge'
import { DiagramGroup, DiagramHost, DiagramService } from './DiagramNodes'
import type { DiagramPalette } from './diagram-palette'

interface DiagramSvgProps {
  layout: DiagramLayout
  palette: DiagramPalette
  title: string
  description: string
  selected: string | null
  onSelect(name: string): void
  ref?: Ref<SVGSVGElement>
  fit: boolean
}

export function DiagramSvg({ layout, palette, title, description, selected, onSelect, ref, fit }: DiagramSvgProps) {
  const [focused, setFocused] = useState<string | null>(null)
  const { width, height } = layout
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      role="group"
      aria-roledescription="diagram"
      aria-labelledby="exposure-diagram-title"
      aria-describedby="exposure-diagram-desc"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      fontFamily={FONT_SANS}
      // Fitted: scaled down to the column's width; otherwise at its own size, and the frame scrolls.
      className={fit ? 'h-auto max-w-full' : 'max-w-none'}
    >
      <title id="exposure-diagram-title">{title}</title>
      <desc id="exposure-diagram-desc">{description}</desc>
      <ArrowMarkers palette={palette} />
      <rect width={width} height={height} fill={palette.background} />
      <g aria-hidden="true">
        {layout.groups.map((g) => <DiagramGroup key={g.id} group={g} palette={palette} />)}
        {layout.edges.map((e) => <DiagramEdge key={e.edge.id} placed={e} palette={palette} />)}
        {layout.hosts.map((h) => <DiagramHost key={h.node.id} host={h} palette={palette} />)}
      </g>
      {layout.services.map((s) => (
        <DiagramService
          key={s.node.id}
          service={s}
          palette={palette}
          selected={s.node.name === selected}
          focused={s.node.name === focused}
          onSelect={onSelect}
          onFocusChange={setFocused}
        />
      ))}
    </svg>
  )
}
