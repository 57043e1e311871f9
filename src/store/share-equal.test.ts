import { describe, expect, it } from 'vitest'
import { shareEqual } from './share-equal'

describe('shareEqual', () => {
  it('returns the previous object when everything is equal', () => {
    const prev = { a: [1, { b: 'x' }], c: null, d: true }
    expect(shareEqual(prev, JSON.parse(JSON.stringify(prev)))).toBe(prev)
  })

  it('keeps the equal parts and takes the changed ones', () => {
    const prev = { text: 'a', findings: [{ line: 1 }, { line: 2 }], report: { score: { value: 50 }, checklist: [{ id: 'x' }] } }
    const next = { text: 'ab', findings: [{ line: 1 }, { line: 3 }], report: { score: { value: 50 }, checklist: [{ id: 'x' }] } }
    const shared = shareEqual(prev, next)
    expect(shared).toEqual(next)
    expect(shared).not.toBe(prev)
    expect(shared.report).toBe(prev.report)
    expect(shared.findings).not.toBe(prev.findings)
    expect(shared.findings[0]).toBe(prev.findings[0])
    expect(shared.findings[1]).toBe(next.findings[1])
  })

  it('sees added, removed and retyped entries as changes', () => {
    expect(shareEqual([1, 2], [1, 2, 3])).toEqual([1, 2, 3])
    const prev = [1, 2, 3]
    expect(shareEqual(prev, [1, 2])).not.toBe(prev)
    const obj = { a: 1, b: 2 }
    expect(shareEqual(obj, { a: 1 })).toEqual({ a: 1 })
    // A key added with the value undefined is still a change (toEqual would not tell the two apart).
    const one = { a: 1 }
    const added = shareEqual(one, { a: 1, b: undefined })
    expect(added).not.toBe(one)
    expect(added).toStrictEqual({ a: 1, b: undefined })
    expect(shareEqual({ a: [1] }, { a: { 0: 1 } })).toEqual({ a: { 0: 1 } })
    expect(shareEqual(null, { a: 1 })).toEqual({ a: 1 })
    expect(shareEqual(undefined, 'x')).toBe('x')
  })
})
