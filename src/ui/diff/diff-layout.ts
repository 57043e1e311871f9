// Where each row of a diff view sits once long lines wrap: a monospace font makes a line's height a matter of its
// length, so only the rows in sight need to be in the DOM. Pure.
import type { SplitRow, UnifiedRow } from './diff-rows'

/** Columns a tab takes (the view sets the same tab-size). */
export const TAB_SIZE = 2
/** East Asian wide and full-width characters, and emoji: two columns each in a monospace font. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u

/**
 * Marks drawn on the character before them, taking no column: combining accents (a decomposed "é") and enclosing
 * marks, variation selectors. Spacing marks (Mc) do take room and count.
 */
const ZERO_WIDTH = /[\p{Mn}\p{Me}]/u

/** The columns a line takes: a character one, a wide character two, a combining mark none, a tab up to the next stop. */
export function displayColumns(text: string): number {
  if (/^[\x20-\x7e]*$/.test(text)) return text.length
  let column = 0
  for (const ch of text) column += ch === '\t' ? TAB_SIZE - (column % TAB_SIZE) : WIDE.test(ch) ? 2 : ZERO_WIDTH.test(ch) ? 0 : 1
  return column
}

/** Screen lines a text takes at `columns` columns a line (an empty line takes one). */
const spans = (text: string, columns: number) => Math.max(1, Math.ceil(displayColumns(text) / columns))

/** Screen lines each row takes: a side-by-side row as many as its longer side. */
export function rowSpans(rows: ReadonlyArray<SplitRow | UnifiedRow>, columns: number): Int32Array {
  const out = new Int32Array(rows.length)
  rows.forEach((r, i) => {
    if (r.kind === 'hidden') out[i] = 1
    else if ('side' in r) out[i] = spans(r.side.text, columns)
    else out[i] = Math.max(spans(r.left?.text ?? '', columns), spans(r.right?.text ?? '', columns))
  })
  return out
}

/** Each row's top, in screen lines, and after the last the total: offsets[i + 1] - offsets[i] is row i's span. */
export function rowOffsets(spans: Int32Array): Int32Array {
  const out = new Int32Array(spans.length + 1)
  for (let i = 0; i < spans.length; i++) out[i + 1] = out[i] + spans[i]
  return out
}

/** The rows [first, last) that show any of screen lines [from, to). */
export function visibleRows(offsets: Int32Array, from: number, to: number): { first: number; last: number } {
  const rows = offsets.length - 1
  // The last row starting at or before `from`.
  let lo = 0
  let hi = rows
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (mid < rows && offsets[mid] <= from) lo = mid
    else hi = mid - 1
  }
  let last = lo
  while (last < rows && offsets[last] < to) last++
  return { first: Math.min(lo, rows), last }
}
