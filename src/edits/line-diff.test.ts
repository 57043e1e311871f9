import { describe, expect, it } from 'vitest'
import { diffLines, splitLines } from './line-diff'
import type { DiffChunk } from './line-diff'

/** Rebuilds `b` from `a` and the chunks, checking that they cover both texts in order. */
function replay(a: string[], b: string[], chunks: DiffChunk[]): string[] {
  const out: string[] = []
  let i = 0
  let j = 0
  for (const c of chunks) {
    expect([c.a, c.b]).toEqual([i, j])
    if (c.kind === 'equal') {
      expect(a.slice(i, i + c.count)).toEqual(b.slice(j, j + c.count))
      out.push(...a.slice(i, i + c.count))
      i += c.count
      j += c.count
    } else {
      out.push(...b.slice(j, j + c.bCount))
      i += c.aCount
      j += c.bCount
    }
  }
  expect([i, j]).toEqual([a.length, b.length])
  return out
}

function lcs(a: string[], b: string[]): number {
  const dp = Array.from({ length: a.length + 1 }, () => Array.from({ length: b.length + 1 }, () => 0))
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1])
  return dp[a.length][b.length]
}

describe('splitLines', () => {
  it('splits on \\n and \\r\\n, and a final newline starts no line', () => {
    expect(splitLines('a\r\nb\nc\n')).toEqual(['a', 'b', 'c'])
    expect(splitLines('a\n\n')).toEqual(['a', ''])
    expect(splitLines('')).toEqual([])
  })
})

describe('diffLines', () => {
  it('gives one equal chunk for equal texts, and none for two empty ones', () => {
    expect(diffLines(['a', 'b'], ['a', 'b'])).toEqual([{ kind: 'equal', a: 0, b: 0, count: 2 }])
    expect(diffLines([], [])).toEqual([])
  })

  it('finds an inserted key between the shared head and tail', () => {
    const a = ['services:', '  web:', '    image: nginx', '    ports: []']
    const b = ['services:', '  web:', '    image: nginx', '    read_only: true', '    ports: []']
    expect(diffLines(a, b)).toEqual([
      { kind: 'equal', a: 0, b: 0, count: 3 },
      { kind: 'change', a: 3, aCount: 0, b: 3, bCount: 1 },
      { kind: 'equal', a: 3, b: 4, count: 1 },
    ])
  })

  it('shows a replaced line as one change of one line for one line', () => {
    expect(diffLines(['x: 1', 'user: root', 'y: 2'], ['x: 1', 'user: "1000"', 'y: 2'])).toEqual([
      { kind: 'equal', a: 0, b: 0, count: 1 },
      { kind: 'change', a: 1, aCount: 1, b: 1, bCount: 1 },
      { kind: 'equal', a: 2, b: 2, count: 1 },
    ])
  })

  it('finds changes in the middle, apart from each other', () => {
    const a = ['a', 'b', 'c', 'd', 'e', 'f']
    const b = ['a', 'B', 'c', 'd', 'e', 'x', 'f']
    expect(diffLines(a, b)).toEqual([
      { kind: 'equal', a: 0, b: 0, count: 1 },
      { kind: 'change', a: 1, aCount: 1, b: 1, bCount: 1 },
      { kind: 'equal', a: 2, b: 2, count: 3 },
      { kind: 'change', a: 5, aCount: 0, b: 5, bCount: 1 },
      { kind: 'equal', a: 5, b: 6, count: 1 },
    ])
  })

  it('covers both texts and keeps the most lines in common, on random texts', () => {
    let seed = 7
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let round = 0; round < 300; round++) {
      const a = Array.from({ length: rand(12) }, () => 'abcd'[rand(4)])
      const b = Array.from({ length: rand(12) }, () => 'abcd'[rand(4)])
      const chunks = diffLines(a, b)
      expect(replay(a, b, chunks)).toEqual(b)
      const common = chunks.reduce((n, c) => n + (c.kind === 'equal' ? c.count : 0), 0)
      expect(common, `${a.join('')} -> ${b.join('')}`).toBe(lcs(a, b))
    }
  })

  it('finds the thousands of lines hardening a big file inserts as insertions, every original line kept', () => {
    // 400 services, each with lines of its own and lines every service has; 7 lines inserted into each.
    const a: string[] = ['services:']
    const b: string[] = ['services:']
    for (let i = 0; i < 400; i++) {
      const own = [`  svc${i}:`, `    image: example/svc${i}:1.0`, '    restart: unless-stopped']
      a.push(...own)
      b.push(...own, '    security_opt:', '      - no-new-privileges:true', '    logging:', '      driver: json-file', '      options:', '        max-size: 10m', '        max-file: "3"')
    }
    const chunks = diffLines(a, b)
    expect(replay(a, b, chunks)).toEqual(b)
    const removed = chunks.reduce((n, c) => n + (c.kind === 'change' ? c.aCount : 0), 0)
    const added = chunks.reduce((n, c) => n + (c.kind === 'change' ? c.bCount : 0), 0)
    expect({ removed, added }).toEqual({ removed: 0, added: 2800 })
  })

  it('covers both texts on long random texts too (cut at the lines each has once)', () => {
    let seed = 11
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
    for (let round = 0; round < 40; round++) {
      const a = Array.from({ length: 300 + rand(400) }, () => `l${rand(600)}`)
      const b = a.flatMap((line) => (rand(10) === 0 ? [] : rand(8) === 0 ? [line, `new${rand(50)}`] : [line]))
      expect(replay(a, b, diffLines(a, b))).toEqual(b)
    }
  })

  it('shows a change of more lines than it searches as one change (no search of millions of steps)', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`)
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`)
    expect(diffLines(['head', ...a, 'tail'], ['head', ...b, 'tail'])).toEqual([
      { kind: 'equal', a: 0, b: 0, count: 1 },
      { kind: 'change', a: 1, aCount: 3000, b: 1, bCount: 3000 },
      { kind: 'equal', a: 3001, b: 3001, count: 1 },
    ])
  })
})
