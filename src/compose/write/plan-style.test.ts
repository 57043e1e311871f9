import { describe, expect, it } from 'vitest'
import { sameStyleInEveryMix } from './plan-style'
import type { IndentCounts } from './plan-style'

const counts = (maps: Record<number, number>, seqs: Record<number, number> = {}): IndentCounts => ({
  maps: new Map(Object.entries(maps).map(([k, n]) => [Number(k), n])),
  seqs: new Map(Object.entries(seqs).map(([k, n]) => [Number(k), n])),
})

describe('sameStyleInEveryMix', () => {
  it('holds when the winner leads even with every part at its worst', () => {
    const first = counts({ 2: 5, 4: 1 })
    expect(sameStyleInEveryMix(first, [[counts({ 2: 1 }), counts({ 2: 1, 4: 2 })]])).toBe(true)
    expect(sameStyleInEveryMix(first, [[counts({ 2: 1 }), counts({ 2: 1, 4: 5 })]])).toBe(false)
  })

  it('needs a strict lead: a tie would be decided by which count comes first', () => {
    expect(sameStyleInEveryMix(counts({ 2: 2, 4: 1 }), [[counts({ 2: 1 }), counts({ 4: 1 })]])).toBe(false)
  })

  it('holds when every count is for the habit a file without counts gets (2, and sequences at the map indent)', () => {
    expect(sameStyleInEveryMix(counts({ 2: 1 }), [[counts({}), counts({ 2: 1 }, { 2: 1 })]])).toBe(true)
    expect(sameStyleInEveryMix(counts({ 4: 2 }), [[counts({}), counts({}, { 4: 1 })]])).toBe(true)
    expect(sameStyleInEveryMix(counts({ 4: 2 }), [[counts({}), counts({}, { 0: 1 })]])).toBe(false)
    expect(sameStyleInEveryMix(counts({ 2: 1 }, { 0: 1 }), [[counts({}, { 0: 1 }), counts({})]])).toBe(false)
  })
})
