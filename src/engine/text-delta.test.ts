import { describe, expect, it } from 'vitest'
import { applyDelta, textDelta } from './text-delta'

describe('textDelta', () => {
  it('describes a typed key, a deletion, a replacement and no change as the smallest splice', () => {
    expect(textDelta('user: roo', 'user: root')).toEqual({ start: 9, end: 9, insert: 't' })
    expect(textDelta('user: root', 'user: rot')).toEqual({ start: 8, end: 9, insert: '' })
    expect(textDelta('read_only: false', 'read_only: true')).toEqual({ start: 11, end: 15, insert: 'tru' })
    expect(textDelta('same', 'same')).toEqual({ start: 4, end: 4, insert: '' })
    expect(textDelta('', 'new')).toEqual({ start: 0, end: 0, insert: 'new' })
    expect(textDelta('old', '')).toEqual({ start: 0, end: 3, insert: '' })
  })

  it('never lets prefix and suffix overlap on repeated text', () => {
    expect(textDelta('aaa', 'aaaa')).toEqual({ start: 3, end: 3, insert: 'a' })
    expect(textDelta('abab', 'ab')).toEqual({ start: 2, end: 4, insert: '' })
  })

  it('round-trips random edits of a big text', () => {
    let seed = 7
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n)
    const base = Array.from({ length: 4000 }, (_, i) => `  svc${i % 37}:\n    image: img:${i}\n`).join('')
    for (let round = 0; round < 200; round++) {
      const start = random(base.length)
      const end = Math.min(base.length, start + random(40))
      const after = base.slice(0, start) + 'x'.repeat(random(5)) + base.slice(end)
      const delta = textDelta(base, after)
      expect(applyDelta(base, delta)).toBe(after)
      expect(delta.insert.length).toBeLessThanOrEqual(after.length - base.length + (end - start) + 5)
    }
  })
})
