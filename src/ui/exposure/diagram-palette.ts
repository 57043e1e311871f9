// The diagram's colours, written into the SVG itself (not Tailwind classes) so an exported file looks the same
// anywhere. Tailwind's slate / rose / amber / emerald / teal / violet, in a light and a dark set.
import type { Theme } from '../../store/theme'
import type { Grade } from '../../scoring/score'

interface Colours { fill: string; stroke: string; text: string }

export interface DiagramPalette {
  background: string
  text: string
  muted: string
  node: { fill: string; stroke: string }
  selected: string
  privileged: Colours
  host: Colours
  hostGroup: Colours
  network: Colours
  internal: Colours
  external: Colours
  edge: { risk: string; limited: string; none: string }
  label: { fill: string; stroke: string }
  mark: { fill: string; text: string }
  grade: Readonly<Record<Grade, { fill: string; text: string }>>
}

export const PALETTES: Readonly<Record<Theme, DiagramPalette>> = {
  light: {
    background: '#ffffff',
    text: '#0f172a',
    muted: '#64748b',
    node: { fill: '#ffffff', stroke: '#94a3b8' },
    selected: '#059669',
    privileged: { fill: '#fff1f2', stroke: '#e11d48', text: '#9f1239' },
    host: { fill: '#1e293b', stroke: '#0f172a', text: '#f8fafc' },
    hostGroup: { fill: '#f1f5f9', stroke: '#64748b', text: '#334155' },
    network: { fill: '#f8fafc', stroke: '#94a3b8', text: '#475569' },
    internal: { fill: '#ecfdf5', stroke: '#059669', text: '#047857' },
    external: { fill: '#f5f3ff', stroke: '#7c3aed', text: '#6d28d9' },
    edge: { risk: '#e11d48', limited: '#0d9488', none: '#94a3b8' },
    label: { fill: '#ffffff', stroke: '#e2e8f0' },
    mark: { fill: '#f1f5f9', text: '#334155' },
    grade: {
      A: { fill: '#059669', text: '#ffffff' },
      B: { fill: '#0d9488', text: '#ffffff' },
      C: { fill: '#f59e0b', text: '#451a03' },
      D: { fill: '#ea580c', text: '#ffffff' },
      F: { fill: '#be123c', text: '#ffffff' },
    },
  },
  dark: {
    background: '#0f172a',
    text: '#f1f5f9',
    muted: '#94a3b8',
    node: { fill: '#1e293b', stroke: '#64748b' },
    selected: '#34d399',
    privileged: { fill: '#4c0519', stroke: '#fb7185', text: '#fecdd3' },
    host: { fill: '#e2e8f0', stroke: '#f8fafc', text: '#0f172a' },
    hostGroup: { fill: '#1e293b', stroke: '#64748b', text: '#cbd5e1' },
    network: { fill: '#111827', stroke: '#475569', text: '#94a3b8' },
    internal: { fill: '#022c22', stroke: '#10b981', text: '#6ee7b7' },
    external: { fill: '#2e1065', stroke: '#a78bfa', text: '#c4b5fd' },
    edge: { risk: '#fb7185', limited: '#2dd4bf', none: '#64748b' },
    label: { fill: '#0f172a', stroke: '#334155' },
    mark: { fill: '#334155', text: '#e2e8f0' },
    grade: {
      A: { fill: '#10b981', text: '#022c22' },
      B: { fill: '#14b8a6', text: '#042f2e' },
      C: { fill: '#fbbf24', text: '#451a03' },
      D: { fill: '#f97316', text: '#431407' },
      F: { fill: '#f43f5e', text: '#4c0519' },
    },
  },
}
