import { describe, expect, it } from 'vitest'
import { displayColumns, rowOffsets, rowSpans, visibleRows } from './diff-layout'
import type { SplitRow, UnifiedRow } from './diff-rows'

const line = (text: string) => ({ n: 1, text })

describe('displayColumns', () => {
  it('counts a character one column, a wide one or an emoji two, and a tab to the next stop', () => {
    expect(displayColumns('image: nginx')).toBe(12)
    expect(displayColumns('名前: 値')).toBe(8)
    expect(displayColumns('a: 😀')).toBe(5)
    expect(displayColumns('\tx')).toBe(3)
    expect(displayColumns('a\tx')).toBe(3)
    expect(displayColumns('é')).toBe(1)
  })

  it('counts no column for a combining mark or a variation selector, which draw on the character before them', () => {
    expect(displayColumns('e\u0301')).toBe(1)
    expect(displayColumns('name: Zoe\u0308 Cafe\u0301')).toBe(14)
    expect(displayColumns('\u2764\ufe0f')).toBe(1)
    // A spacing mark (Devanagari vowel sign AA) takes room.
    expect(displayColumns('\u0915\u093e')).toBe(2)
  })
})

describe('rowSpans', () => {
  it('wraps wide characters sooner', () => {
    const rows: UnifiedRow[] = [{ kind: 'line', sign: '+', old: null, new: 1, side: line('値'.repeat(6)) }]
    expect([...rowSpans(rows, 10)]).toEqual([2])
  })

  it('gives a row as many screen lines as its longer side needs, and a fold or an empty line one', () => {
    const rows: SplitRow[] = [
      { kind: 'hidden', id: 0, count: 9 },
      { kind: 'line', left: line('x'.repeat(10)), right: line('x'.repeat(21)), changed: true },
      { kind: 'line', left: null, right: line(''), changed: true },
    ]
    expect([...rowSpans(rows, 10)]).toEqual([1, 3, 1])
  })

  it('counts a one-column row by its one text', () => {
    const rows: UnifiedRow[] = [{ kind: 'line', sign: '+', old: null, new: 1, side: line('x'.repeat(11)) }]
    expect([...rowSpans(rows, 10)]).toEqual([2])
  })
})

describe('visibleRows', () => {
  const offsets = rowOffsets(Int32Array.from([1, 3, 1, 2, 1]))

  it('sums the spans into tops', () => {
    expect([...offsets]).toEqual([0, 1, 4, 5, 7, 8])
  })

  it('finds the rows that show any of the screen lines asked for', () => {
    expect(visibleRows(offsets, 0, 1)).toEqual({ first: 0, last: 1 })
    expect(visibleRows(offsets, 2, 5)).toEqual({ first: 1, last: 3 })
    expect(visibleRows(offsets, 4, 100)).toEqual({ first: 2, last: 5 })
    expect(visibleRows(offsets, 50, 60)).toEqual({ first: 4, last: 5 })
  })

  it('finds nothing in no rows', () => {
    expect(visibleRows(rowOffsets(new Int32Array(0)), 0, 10)).toEqual({ first: 0, last: 0 })
  })
})
