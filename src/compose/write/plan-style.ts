// The file's layout habits, read from its own block collections: line break, indent unit, and where `- ` sits under its key.
import { isDocument, isSeq, visit } from 'yaml'
import type { Document } from 'yaml'
import { entryColumn, isBlockCollection, pairStart } from './plan-nodes'
import type { YPair } from './plan-nodes'
import { column, detectEol } from './plan-text'

export interface Style {
  eol: string
  /** Extra columns of a nested block map's keys under its parent key. */
  indent: number
  /** Extra columns of a block sequence's `-` under its parent key (0 for `key:\n- item`). */
  seqIndent: number
}

/** How often each indent occurs, in the order first seen: nested block maps' keys and block sequences' dashes. */
export interface IndentCounts {
  maps: Map<number, number>
  seqs: Map<number, number>
}

export function detectStyle(text: string, doc: Document.Parsed): Style {
  const { maps, seqs } = indentCounts(text, doc)
  const indent = mostCommon(maps) ?? 2
  return { eol: detectEol(text), indent, seqIndent: mostCommon(seqs) ?? indent }
}

/** Per parsed document (never left changed, so its counts never change); callers treat them as read-only. */
const documentCounts = new WeakMap<Document.Parsed, IndentCounts>()

/** The counts detectStyle decides by, over the whole document, or one pair and what it holds. */
export function indentCounts(text: string, root: Document.Parsed | YPair): IndentCounts {
  const known = isDocument(root) ? documentCounts.get(root) : undefined
  if (known) return known
  const counts: IndentCounts = { maps: new Map(), seqs: new Map() }
  const Pair = (_: unknown, pair: unknown) => void countPair(text, pair as YPair, counts)
  if (isDocument(root)) {
    visit(root, { Pair })
    documentCounts.set(root, counts)
  } else {
    countPair(text, root, counts)
    if (root.value) visit(root.value, { Pair })
  }
  return counts
}

function countPair(text: string, pair: YPair, counts: IndentCounts): void {
  const value = pair.value
  if (!pair.key || !isBlockCollection(value) || value.items.length === 0) return
  const delta = entryColumn(text, value) - column(text, pairStart(pair))
  const into = isSeq(value) ? counts.seqs : counts.maps
  if (delta > 0 || (isSeq(value) && delta === 0)) into.set(delta, (into.get(delta) ?? 0) + 1)
}

/** The most frequent count's key; ties go to the one seen first. */
function mostCommon(counts: Map<number, number>): number | undefined {
  let best: number | undefined
  let bestCount = 0
  for (const [k, n] of counts) if (n > bestCount) [best, bestCount] = [k, n]
  return best
}

/**
 * True when the habits the whole file votes for are the same in every mix of its parts' states: `first` counts the
 * whole file, `parts[i][0]` part i as it is in that file and `parts[i][1..]` its other states; the rest of the file
 * never changes. Holds when the winner leads (strictly, so no tie is left to the order) even with each part at its
 * worst, or when every count there is is for the winner and it is also what a file without counts gets.
 */
export function sameStyleInEveryMix(first: IndentCounts, parts: ReadonlyArray<ReadonlyArray<IndentCounts>>): boolean {
  const rest: IndentCounts = { maps: new Map(first.maps), seqs: new Map(first.seqs) }
  for (const [own] of parts) {
    subtract(rest.maps, own.maps)
    subtract(rest.seqs, own.seqs)
  }
  return (
    leadsThroughout(first.maps, rest.maps, parts.map((s) => s.map((c) => c.maps)), 2) &&
    leadsThroughout(first.seqs, rest.seqs, parts.map((s) => s.map((c) => c.seqs)), mostCommon(first.maps) ?? 2)
  )
}

function leadsThroughout(
  first: Map<number, number>,
  rest: Map<number, number>,
  parts: ReadonlyArray<ReadonlyArray<Map<number, number>>>,
  fallback: number,
): boolean {
  const keys = new Set([...rest.keys(), ...parts.flatMap((states) => states.flatMap((c) => [...c.keys()]))])
  if (keys.size === 0) return true
  const winner = mostCommon(first) ?? fallback
  // Every mix votes for the winner alone, or has no vote and gets the fallback: the winner too.
  if (winner === fallback && [...keys].every((k) => k === winner)) return true
  if (mostCommon(first) === undefined) return false
  const at = (c: Map<number, number>, k: number) => c.get(k) ?? 0
  for (const k of keys) {
    const lead = (c: Map<number, number>) => at(c, winner) - (k === winner ? 0 : at(c, k))
    const worst = lead(rest) + parts.reduce((sum, states) => sum + Math.min(...states.map(lead)), 0)
    if (worst <= 0) return false
  }
  return true
}

function subtract(from: Map<number, number>, counts: Map<number, number>): void {
  for (const [k, n] of counts) from.set(k, (from.get(k) ?? 0) - n)
}
