// The rows a diff view draws from a line diff: changed lines with a few unchanged lines around them, and the rest of
// the unchanged lines folded into "N hidden lines" rows that open on request. Side by side (a removed line faces the
// line that replaced it) or in one column (removed lines, then added ones). Pure: the view only draws these.
import type { DiffChunk } from '../../edits/line-diff'

/**
 * One side of a line: its 1-based number, text, for a replaced line the part that changed ([start, end)), and whether
 * it is the text of a block scalar (to colour it as text, whatever it looks like).
 */
export interface DiffSide {
  n: number
  text: string
  mark?: readonly [number, number]
  scalar?: true
}

/** Per line of each text, 1 where it is the text of a block scalar (yaml-tokens.ts's blockScalarLines). */
export interface ScalarLines {
  a: Uint8Array
  b: Uint8Array
}

export type SplitRow = { kind: 'line'; left: DiffSide | null; right: DiffSide | null; changed: boolean } | HiddenRow
export type UnifiedRow = { kind: 'line'; sign: ' ' | '-' | '+'; old: number | null; new: number | null; side: DiffSide } | HiddenRow
/** `id` names the folded run (its chunk's index), to open it. */
export interface HiddenRow {
  kind: 'hidden'
  id: number
  count: number
}

/** Unchanged lines shown on each side of a change. */
const CONTEXT = 3
/** A fold must hide at least this many lines; a shorter run is shown. */
const MIN_FOLD = 4

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** The part of `a` and `b` between their common start and end, never cutting a character in two (a surrogate pair). */
export function changedRange(a: string, b: string): { a: [number, number]; b: [number, number] } {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  if (start > 0 && (isLowSurrogate(a.charCodeAt(start)) || isLowSurrogate(b.charCodeAt(start)))) start--
  let end = 0
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++
  if (end > 0 && (isLowSurrogate(a.charCodeAt(a.length - end)) || isLowSurrogate(b.charCodeAt(b.length - end)))) end--
  return { a: [start, a.length - end], b: [start, b.length - end] }
}

type Emit = {
  same(aIndex: number, bIndex: number): void
  hidden(id: number, count: number): void
  change(chunk: Extract<DiffChunk, { kind: 'change' }>): void
}

/** Walks the chunks: each equal run keeps CONTEXT lines next to each change and folds the rest unless `open`. */
function walk(chunks: readonly DiffChunk[], open: ReadonlySet<number>, emit: Emit): void {
  chunks.forEach((chunk, id) => {
    if (chunk.kind === 'change') return emit.change(chunk)
    const keepStart = id > 0 ? CONTEXT : 0
    const keepEnd = id < chunks.length - 1 ? CONTEXT : 0
    const folded = open.has(id) ? 0 : chunk.count - keepStart - keepEnd
    if (folded < MIN_FOLD) {
      for (let i = 0; i < chunk.count; i++) emit.same(chunk.a + i, chunk.b + i)
      return
    }
    for (let i = 0; i < keepStart; i++) emit.same(chunk.a + i, chunk.b + i)
    emit.hidden(id, folded)
    for (let i = chunk.count - keepEnd; i < chunk.count; i++) emit.same(chunk.a + i, chunk.b + i)
  })
}

function side(lines: readonly string[], index: number, scalars: Uint8Array | undefined, mark?: readonly [number, number]): DiffSide {
  const s: DiffSide = { n: index + 1, text: lines[index] }
  if (mark) s.mark = mark
  if (scalars?.[index]) s.scalar = true
  return s
}

/** Side by side: the k-th removed line of a change faces its k-th added line. */
export function splitRows(a: readonly string[], b: readonly string[], chunks: readonly DiffChunk[], open: ReadonlySet<number> = new Set(), scalars?: ScalarLines): SplitRow[] {
  const rows: SplitRow[] = []
  walk(chunks, open, {
    same: (ai, bi) => rows.push({ kind: 'line', left: side(a, ai, scalars?.a), right: side(b, bi, scalars?.b), changed: false }),
    hidden: (id, count) => rows.push({ kind: 'hidden', id, count }),
    change(c) {
      for (let k = 0; k < Math.max(c.aCount, c.bCount); k++) {
        const hasA = k < c.aCount
        const hasB = k < c.bCount
        // A line edited in place (a removed line facing an added one): the part that changed is marked.
        const marks = hasA && hasB ? changedRange(a[c.a + k], b[c.b + k]) : undefined
        rows.push({ kind: 'line', left: hasA ? side(a, c.a + k, scalars?.a, marks?.a) : null, right: hasB ? side(b, c.b + k, scalars?.b, marks?.b) : null, changed: true })
      }
    },
  })
  return rows
}

/** One column: a change's removed lines, then its added lines. */
export function unifiedRows(a: readonly string[], b: readonly string[], chunks: readonly DiffChunk[], open: ReadonlySet<number> = new Set(), scalars?: ScalarLines): UnifiedRow[] {
  const rows: UnifiedRow[] = []
  walk(chunks, open, {
    same: (ai, bi) => rows.push({ kind: 'line', sign: ' ', old: ai + 1, new: bi + 1, side: side(b, bi, scalars?.b) }),
    hidden: (id, count) => rows.push({ kind: 'hidden', id, count }),
    change(c) {
      const paired = Math.min(c.aCount, c.bCount)
      const marks = Array.from({ length: paired }, (_, k) => changedRange(a[c.a + k], b[c.b + k]))
      for (let k = 0; k < c.aCount; k++) rows.push({ kind: 'line', sign: '-', old: c.a + k + 1, new: null, side: side(a, c.a + k, scalars?.a, marks[k]?.a) })
      for (let k = 0; k < c.bCount; k++) rows.push({ kind: 'line', sign: '+', old: null, new: c.b + k + 1, side: side(b, c.b + k, scalars?.b, marks[k]?.b) })
    },
  })
  return rows
}

/** How many lines the change removes and adds. */
export function diffStats(chunks: readonly DiffChunk[]): { removed: number; added: number } {
  let removed = 0
  let added = 0
  for (const c of chunks) {
    if (c.kind !== 'change') continue
    removed += c.aCount
    added += c.bCount
  }
  return { removed, added }
}
