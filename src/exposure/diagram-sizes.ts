// Sizes of what the diagram draws, estimated from character counts so the layout is pure and the same everywhere.
// The estimates are generous for the fonts the drawing uses (diagram-fonts below); a label never overflows its box.
import type { ServiceNode } from './graph-types'

export const FONT_SANS = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
export const FONT_MONO = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace'

/** Pixels per character: 13px bold names, 10.5px marks, 11px monospace edge labels, 12px group titles. */
const CHAR = { name: 8, mark: 6.4, label: 6.8, title: 7.4 } as const

export const NODE = { minWidth: 132, padX: 12, nameRow: 40, markRow: 22, gradeBadge: 24, markGap: 4, markPadX: 7 } as const
export const LABEL_LINE = 15
export const GROUP = { top: 34, side: 16, minWidth: 150, minHeight: 40 } as const
export const HOST_NODE = { width: 128, height: 36 } as const

export const textWidth = (text: string, kind: keyof typeof CHAR): number => Math.ceil(text.length * CHAR[kind])

export const markWidth = (mark: string): number => textWidth(mark, 'mark') + 2 * NODE.markPadX

export function serviceSize(node: Pick<ServiceNode, 'name' | 'marks'>): { width: number; height: number } {
  const name = textWidth(node.name, 'name') + NODE.gradeBadge + 10 + 2 * NODE.padX
  const marks = node.marks.reduce((sum, m) => sum + markWidth(m) + NODE.markGap, -NODE.markGap) + 2 * NODE.padX
  return { width: Math.max(NODE.minWidth, name, marks), height: NODE.nameRow + (node.marks.length ? NODE.markRow : 0) }
}

export function labelSize(lines: readonly string[]): { width: number; height: number } {
  return { width: Math.max(...lines.map((l) => textWidth(l, 'label'))) + 8, height: lines.length * LABEL_LINE + 4 }
}
