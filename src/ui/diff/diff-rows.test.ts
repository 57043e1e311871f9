import { describe, expect, it } from 'vitest'
import { diffLines } from '../../edits/line-diff'
import { changedRange, diffStats, splitRows, unifiedRows } from './diff-rows'

const a = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`)
const b = [...a.slice(0, 10), 'added', ...a.slice(10, 15), 'line 16 changed', ...a.slice(16)]
const chunks = diffLines(a, b)

describe('changedRange', () => {
  it('is the part between the common start and end', () => {
    expect(changedRange('user: root', 'user: "1000"')).toEqual({ a: [6, 10], b: [6, 12] })
    expect(changedRange('abc', 'abc')).toEqual({ a: [3, 3], b: [3, 3] })
    // The shared end does not overlap the shared start.
    expect(changedRange('aa', 'aaa')).toEqual({ a: [2, 2], b: [2, 3] })
    // Emoji that share their first UTF-16 unit (or their last) are marked whole.
    expect(changedRange('a: 😀', 'a: 😁')).toEqual({ a: [3, 5], b: [3, 5] })
    expect(changedRange('😀 x', '😁 x')).toEqual({ a: [0, 2], b: [0, 2] })
  })
})

describe('splitRows', () => {
  it('keeps three lines around each change, folds longer unchanged runs, and pairs a replaced line with its new one', () => {
    const rows = splitRows(a, b, chunks)
    expect(rows[0]).toEqual({ kind: 'hidden', id: 0, count: 7 })
    expect(rows.slice(1, 4).map((r) => r.kind === 'line' && [r.left?.n, r.right?.n])).toEqual([
      [8, 8],
      [9, 9],
      [10, 10],
    ])
    expect(rows[4]).toEqual({ kind: 'line', left: null, right: { n: 11, text: 'added' }, changed: true })
    // Five unchanged lines between the changes: too few to fold.
    expect(rows.slice(5, 10).every((r) => r.kind === 'line' && !r.changed)).toBe(true)
    expect(rows[10]).toEqual({ kind: 'line', left: { n: 16, text: 'line 16', mark: [7, 7] }, right: { n: 17, text: 'line 16 changed', mark: [7, 15] }, changed: true })
    // Four lines after the last change: too few to fold either.
    expect(rows.slice(11).map((r) => r.kind === 'line' && r.left?.n)).toEqual([17, 18, 19, 20])
    expect(rows.at(-1)).toEqual({ kind: 'line', left: { n: 20, text: 'line 20' }, right: { n: 21, text: 'line 20' }, changed: false })
    expect(rows.length).toBe(15)
  })

  it('shows an opened fold whole', () => {
    const rows = splitRows(a, b, chunks, new Set([0]))
    expect(rows.slice(0, 10).map((r) => r.kind === 'line' && r.left?.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(rows.some((r) => r.kind === 'hidden')).toBe(false)
  })

  it('folds the end of the file too', () => {
    const withFirst = ['new first', ...a]
    const rows = splitRows(a, withFirst, diffLines(a, withFirst))
    expect(rows[0]).toEqual({ kind: 'line', left: null, right: { n: 1, text: 'new first' }, changed: true })
    expect(rows.slice(1, 4).map((r) => r.kind === 'line' && r.right?.n)).toEqual([2, 3, 4])
    expect(rows.at(-1)).toEqual({ kind: 'hidden', id: 1, count: 17 })
    expect(rows.length).toBe(5)
  })
})

describe('unifiedRows', () => {
  it('lists a change as its removed lines then its added lines, with both line numbers', () => {
    const rows = unifiedRows(a, b, chunks)
    const lines = rows.filter((r) => r.kind === 'line').map((r) => r.kind === 'line' && `${r.sign}${r.old ?? '_'}:${r.new ?? '_'} ${r.side.text}`)
    expect(lines).toEqual([
      ' 8:8 line 8',
      ' 9:9 line 9',
      ' 10:10 line 10',
      '+_:11 added',
      ' 11:12 line 11',
      ' 12:13 line 12',
      ' 13:14 line 13',
      ' 14:15 line 14',
      ' 15:16 line 15',
      '-16:_ line 16',
      '+_:17 line 16 changed',
      ' 17:18 line 17',
      ' 18:19 line 18',
      ' 19:20 line 19',
      ' 20:21 line 20',
    ])
    expect(rows[0]).toEqual({ kind: 'hidden', id: 0, count: 7 })
  })
})

describe('block scalar lines', () => {
  it('marks each side of a row with its own text\'s block scalars', () => {
    const before = ['x:', '  run: |', '    a: b']
    const after = ['x:', '  run: |', '    a: c', '  y: 1']
    const change = diffLines(before, after)
    const scalars = { a: Uint8Array.from([0, 0, 1]), b: Uint8Array.from([0, 0, 1, 0]) }
    const split = splitRows(before, after, change, undefined, scalars).filter((r) => r.kind === 'line')
    expect(split.map((r) => r.kind === 'line' && [r.left?.scalar ?? false, r.right?.scalar ?? false])).toEqual([
      [false, false],
      [false, false],
      [true, true],
      [false, false],
    ])
    const unified = unifiedRows(before, after, change, undefined, scalars).filter((r) => r.kind === 'line')
    expect(unified.map((r) => r.kind === 'line' && `${r.sign}${r.side.scalar ? 'S' : '.'}`)).toEqual([' .', ' .', '-S', '+S', '+.'])
  })
})

describe('diffStats', () => {
  it('counts removed and added lines', () => {
    expect(diffStats(chunks)).toEqual({ removed: 1, added: 2 })
  })
})
