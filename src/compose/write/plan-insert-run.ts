// New keys for one block map, made against one parse: exactly the text adding them one by one gives, or null.
import { isMap } from 'yaml'
import type { EditOp, YamlPath } from '../types'
import type { Change } from './plan-change'
import type { PlanCtx } from './plan-context'
import { blockInsertAt } from './plan-insert'
import { locate } from './plan-locate'
import { ownPair } from './plan-nodes'
import { applyEdit } from './plan-ops'
import type { Parsed } from './plan-parse'
import { indentCounts } from './plan-style'
import { verifyAll } from './plan-verify'

/**
 * Each op adds a key the map lacks (Harden adds cap_drop, security_opt, read_only, deploy, logging… to a service). One
 * by one, each new entry goes right after the one before: that is then the map's last entry, and the line after it is
 * the line that followed the first insertion point, which is no comment belonging to the entry above (the first op went
 * past all of those). So the lines every op writes against the first parse, joined at that one place, are the same text.
 * The new lines are written in the layout habits in use, so they only add votes for them and a later op sees the same
 * habits (a guard checks their counts on the result); one re-parse then verifies every op.
 */
export function insertsTogether(start: Parsed, ops: readonly EditOp[], read: (text: string) => Parsed, ctx: PlanCtx): Parsed | null {
  const { text } = start
  let path: YamlPath | undefined
  let at = 0
  const pieces: string[] = []
  const steps: Array<{ op: EditOp; change: Change }> = []
  const keys = new Set<string>()
  for (const op of ops) {
    const step = applyEdit(ctx, op)
    const change = step.ok ? step.change : null
    if (!step.ok || change?.type !== 'insert' || keys.has(change.key)) return null
    if (path === undefined) {
      const map = ownNode(start, change.path)
      if (!isMap(map) || map.flow || map.items.length === 0) return null
      path = change.path
      at = blockInsertAt(text, map)
    } else if (!samePath(path, change.path)) return null
    const piece = step.text.slice(at, at + step.text.length - text.length)
    if (piece === '' || step.text !== text.slice(0, at) + piece + text.slice(at)) return null
    keys.add(change.key)
    pieces.push(piece)
    steps.push({ op, change })
  }
  if (path === undefined) return null
  const checked = verifyAll(start, text.slice(0, at) + pieces.join('') + text.slice(at), steps, read)
  if (!checked.ok) return null
  const map = ownNode(checked.parsed, path)
  if (!isMap(map)) return null
  const { indent, seqIndent } = ctx.style
  for (const key of keys) {
    const pair = ownPair(map, key)
    if (!pair) return null
    const counts = indentCounts(checked.parsed.text, pair)
    if ([...counts.maps.keys()].some((k) => k !== indent) || [...counts.seqs.keys()].some((k) => k !== seqIndent)) return null
  }
  return checked.parsed
}

function ownNode(parsed: Parsed, path: YamlPath): unknown {
  const loc = locate(parsed.doc, path)
  return loc.kind === 'own' ? loc.chain[loc.chain.length - 1].node : null
}

const samePath = (a: YamlPath, b: YamlPath) => a.length === b.length && a.every((s, i) => s === b[i])
