// The file's layout habits, read from its own block collections: line break, indent unit, and where `- ` sits under its key.
import { isSeq, visit } from 'yaml'
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

export function detectStyle(text: string, doc: Document.Parsed): Style {
  const maps = new Map<number, number>()
  const seqs = new Map<number, number>()
  visit(doc, {
    Pair(_, node) {
      const pair = node as YPair
      const value = pair.value
      if (!pair.key || !isBlockCollection(value) || value.items.length === 0) return
      const delta = entryColumn(text, value) - column(text, pairStart(pair))
      const counts = isSeq(value) ? seqs : maps
      if (delta > 0 || (isSeq(value) && delta === 0)) counts.set(delta, (counts.get(delta) ?? 0) + 1)
    },
  })
  const indent = mostCommon(maps) ?? 2
  return { eol: detectEol(text), indent, seqIndent: mostCommon(seqs) ?? indent }
}

/** The most frequent count's key; ties go to the one seen first. */
function mostCommon(counts: Map<number, number>): number | undefined {
  let best: number | undefined
  let bestCount = 0
  for (const [k, n] of counts) if (n > bestCount) [best, bestCount] = [k, n]
  return best
}
