// The lines two texts share and the lines that differ, for showing a change (Harden, the docker run import) as a diff.
// Pure: the engine's worker computes Harden's, the page a small import's. Myers' O(ND) algorithm on the lines between
// the common head and tail. A long stretch is first cut at the lines that occur once in each text (patience diff's
// anchors, in the order both texts share), so Myers only searches the short gaps between them: hardening 400 services
// inserts thousands of lines, which Myers alone would search in time and memory growing with their square.

/** A run of lines: equal in both texts, or lines of `a` replaced by lines of `b` (either count may be 0). */
export type DiffChunk =
  | { kind: 'equal'; a: number; b: number; count: number }
  | { kind: 'change'; a: number; aCount: number; b: number; bCount: number }

/** Beyond this many inserted plus deleted lines a gap with no anchor is shown as one change (memory: MAX_EDITS² ints). */
const MAX_EDITS = 2500
/** Stretches of more lines than this (both sides) are cut at anchors before Myers runs. */
const ANCHOR_ABOVE = 400

/** The texts' lines ("\n" or "\r\n" ends one); a final newline does not start another line. */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r?\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** 0-based line indexes; consecutive chunks cover both texts, in order, with no two equal chunks next to each other. */
export function diffLines(a: readonly string[], b: readonly string[]): DiffChunk[] {
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const chunks: DiffChunk[] = []
  const push = (chunk: DiffChunk) => {
    const last = chunks.at(-1)
    if (chunk.kind === 'equal' ? chunk.count === 0 : chunk.aCount + chunk.bCount === 0) return
    if (last?.kind === 'change' && chunk.kind === 'change') {
      last.aCount += chunk.aCount
      last.bCount += chunk.bCount
    } else if (last?.kind === 'equal' && chunk.kind === 'equal') last.count += chunk.count
    else chunks.push(chunk)
  }
  push({ kind: 'equal', a: 0, b: 0, count: head })
  for (const c of middle(a, b, head, a.length - tail, head, b.length - tail)) push(c)
  push({ kind: 'equal', a: a.length - tail, b: b.length - tail, count: tail })
  return chunks
}

/** a[a0, a1) against b[b0, b1): cut at anchors when long, else Myers. */
function middle(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): DiffChunk[] {
  if (a1 - a0 + (b1 - b0) <= ANCHOR_ABOVE) return myers(a, b, a0, a1, b0, b1)
  const anchors = uniqueAnchors(a, b, a0, a1, b0, b1)
  if (anchors.length === 0) return myers(a, b, a0, a1, b0, b1)
  const out: DiffChunk[] = []
  let i = a0
  let j = b0
  for (const [ai, bi] of anchors) {
    out.push(...middle(a, b, i, ai, j, bi), { kind: 'equal', a: ai, b: bi, count: 1 })
    i = ai + 1
    j = bi + 1
  }
  out.push(...middle(a, b, i, a1, j, b1))
  return out
}

/**
 * The lines that occur exactly once in a[a0, a1) and once in b[b0, b1), as [aIndex, bIndex] pairs: the longest run of
 * them in the same order on both sides (a longest increasing subsequence, by patience sorting).
 */
function uniqueAnchors(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): Array<[number, number]> {
  const count = new Map<string, { a: number; b: number; ai: number; bi: number }>()
  for (let i = a0; i < a1; i++) {
    const c = count.get(a[i]) ?? { a: 0, b: 0, ai: i, bi: -1 }
    c.a++
    count.set(a[i], c)
  }
  for (let j = b0; j < b1; j++) {
    const c = count.get(b[j])
    if (c) {
      c.b++
      c.bi = j
    }
  }
  const pairs: Array<[number, number]> = []
  for (const c of count.values()) if (c.a === 1 && c.b === 1) pairs.push([c.ai, c.bi])
  pairs.sort((x, y) => x[0] - y[0])
  // Patience sorting on the b indexes: tails[k] is the pair ending the best run of length k + 1 found so far.
  const tails: number[] = []
  const prev = new Int32Array(pairs.length).fill(-1)
  pairs.forEach(([, bi], p) => {
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (pairs[tails[mid]][1] < bi) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[p] = tails[lo - 1]
    tails[lo] = p
  })
  const run: Array<[number, number]> = []
  for (let p = tails.length ? tails[tails.length - 1] : -1; p >= 0; p = prev[p]) run.push(pairs[p])
  return run.reverse()
}

/** Myers' greedy shortest edit script of a[a0, a1) into b[b0, b1), as chunks. */
function myers(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): DiffChunk[] {
  const n = a1 - a0
  const m = b1 - b0
  if (n === 0 || m === 0) return [{ kind: 'change', a: a0, aCount: n, b: b0, bCount: m }]
  // Lines as numbers: comparing two numbers is cheaper than two strings on every step.
  const ids = new Map<string, number>()
  const id = (line: string) => ids.get(line) ?? (ids.set(line, ids.size), ids.size - 1)
  const x = Int32Array.from({ length: n }, (_, i) => id(a[a0 + i]))
  const y = Int32Array.from({ length: m }, (_, i) => id(b[b0 + i]))
  const max = Math.min(n + m, MAX_EDITS)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2))
    for (let k = -d; k <= d; k += 2) {
      let i = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
      let j = i - k
      while (i < n && j < m && x[i] === y[j]) {
        i++
        j++
      }
      v[offset + k] = i
      if (i >= n && j >= m) return backtrack(trace, x.length, y.length, a0, b0)
    }
  }
  return [{ kind: 'change', a: a0, aCount: n, b: b0, bCount: m }]
}

/** Walks the saved frontiers back from (n, m) to (0, 0). trace[d] holds v[-d-1 .. d+1] before step d. */
function backtrack(trace: Int32Array[], n: number, m: number, a0: number, b0: number): DiffChunk[] {
  const out: DiffChunk[] = []
  let i = n
  let j = m
  const at = (d: number, k: number) => trace[d][k + d + 1]
  for (let d = trace.length - 1; d >= 0; d--) {
    const k = i - j
    const down = k === -d || (k !== d && at(d, k - 1) < at(d, k + 1))
    const prevK = down ? k + 1 : k - 1
    const prevI = d === 0 ? 0 : at(d, prevK)
    const prevJ = prevI - prevK
    const startI = d === 0 ? 0 : down ? prevI : prevI + 1
    const startJ = d === 0 ? 0 : down ? prevJ + 1 : prevJ
    if (i > startI) out.push({ kind: 'equal', a: a0 + startI, b: b0 + startJ, count: i - startI })
    if (d > 0) out.push(down ? { kind: 'change', a: a0 + prevI, aCount: 0, b: b0 + prevJ, bCount: 1 } : { kind: 'change', a: a0 + prevI, aCount: 1, b: b0 + prevJ, bCount: 0 })
    i = prevI
    j = prevJ
  }
  out.reverse()
  // Adjacent single-line steps become one change: a deletion and an insertion at the same place are a replacement.
  const merged: DiffChunk[] = []
  for (const c of out) {
    const last = merged.at(-1)
    if (last?.kind === 'change' && c.kind === 'change') {
      last.aCount += c.aCount
      last.bCount += c.bCount
    } else merged.push({ ...c })
  }
  return merged
}
