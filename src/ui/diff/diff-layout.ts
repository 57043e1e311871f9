// Where each row of a diff view sits once long lines wrap: a monospace font makes a line's height a matter of its
// length, so only the rows in sight need to be in the DOM. Pure.
import type { SplitRow, UnifiedRow } from './diff-rows'

/** Screen lines a text of `length` characters takes at `columns` characters a line (an empty line takes one). */
const spans = (length: number, columns: number) => Math.max(1, Math.ceil(length / columns))

/** Screen lines each row takes: a side-by-side row as many as its longer side. */
export function rowSpans(rows: ReadonlyArray<SplitRow | UnifiedRow>, columns: number): Int32Array {
  const out = new Int32Array(rows.length)
  rows.forEach((r, i) => {
    if (r.kind === 'hidden') out[i] = 1
    else if ('side' in r) out[i] = spans(r.side.text.length, columns)
    else out[i] = Math.max(spans(r.left?.text.length ?? 0, columns), spans(r.right?.text.length ?? 0, columns))
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
