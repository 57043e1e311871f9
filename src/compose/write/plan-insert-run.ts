// New keys for one block map, made against one parse: exactly the text adding them one by one gives, or null.
import { isMap, isSeq } from 'yaml'
import type { EditOp, YamlPath } from '../types'
import type { Change } from './plan-change'
import type { PlanCtx } from './plan-context'
import { blockInsertAt, entryLines, itemLines } from './plan-insert'
import { locate } from './plan-locate'
import { ownPair } from './plan-nodes'
import type { YMap, YSeq } from './plan-nodes'
import { appended, updateIn } from './plan-expect'
import { unsupportedValue } from './plan-render'
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
  const added = newKeyLines(ctx, ops)
  if (!added || added.steps.some((s) => s.change.type !== 'insert')) return null
  const { text } = start
  const checked = verifyAll(start, text.slice(0, added.at) + added.lines + text.slice(added.at), added.steps, read)
  if (!checked.ok) return null
  const map = ownMap(checked.parsed, added.path)
  if (!map) return null
  const { indent, seqIndent } = ctx.style
  for (const { change } of added.steps) {
    const pair = change.type === 'insert' ? ownPair(map, change.key) : undefined
    if (!pair) return null
    const counts = indentCounts(checked.parsed.text, pair)
    if ([...counts.maps.keys()].some((k) => k !== indent) || [...counts.seqs.keys()].some((k) => k !== seqIndent)) return null
  }
  return checked.parsed
}

type Added = Extract<Change, { type: 'insert' | 'append' }>

/**
 * The lines the ops write, one after the other, at one place (`at`, in `ctx.text`), when each adds a new key to the
 * same non-empty block map, or each an item to the same non-empty block list (see insertsTogether); null otherwise.
 * Not verified: the caller re-parses the result.
 */
export function newKeyLines(
  ctx: PlanCtx,
  ops: readonly EditOp[],
): { at: number; lines: string; path: YamlPath; steps: Array<{ op: EditOp; change: Added }> } | null {
  const { text } = ctx
  let path: YamlPath | undefined
  let type: Added['type'] | undefined
  let at = 0
  let lines = ''
  const steps: Array<{ op: EditOp; change: Added }> = []
  const keys = new Set<string>()
  for (const op of ops) {
    const step = addition(ctx, op)
    if (!step) return null
    const { change, container } = step
    if (change.type === 'insert' && keys.has(change.key)) return null
    if (path === undefined) {
      if (container.items.length === 0) return null
      path = change.path
      type = change.type
      at = blockInsertAt(text, container)
    } else if (type !== change.type || !samePath(path, change.path)) return null
    if (change.type === 'insert') keys.add(change.key)
    lines += step.lines
    steps.push({ op, change })
  }
  return path === undefined ? null : { at, lines, path, steps }
}

/**
 * What the op adds, when it adds a key to an own block map (nothing inherited there) or an item to an own block list:
 * the change and the lines insertPair or appendItem write (without splicing them into the whole text), else null.
 */
function addition(ctx: PlanCtx, op: EditOp): { change: Added; container: YMap | YSeq; lines: string } | null {
  if (op.kind !== 'set' && op.kind !== 'append') return null
  const loc = locate(ctx.doc, op.path)
  if (loc.kind === 'absent') {
    const { target } = loc
    if (target.type !== 'insert' || !target.map || target.map.flow || loc.base !== undefined || loc.via !== undefined) return null
    const value = op.value
    const built = updateIn(undefined, loc.rest, op.kind === 'set' ? () => value : (cur) => appended(cur, value))
    if (!built.ok || unsupportedValue(built.value) !== null) return null
    const change: Added = { type: 'insert', path: target.path, key: target.key, value: built.value }
    return { change, container: target.map, lines: entryLines(ctx, target.map, target.key, built.value) }
  }
  const node = loc.kind === 'own' ? loc.chain[loc.chain.length - 1] : null
  if (op.kind !== 'append' || !node || !isSeq(node.node) || node.node.flow || unsupportedValue(op.value) !== null) return null
  return { change: { type: 'append', path: node.path, value: op.value }, container: node.node as YSeq, lines: itemLines(ctx, node.node as YSeq, op.value) }
}

/** What is written at `path`: a non-empty block map or list (own, not reached through an alias), or null. */
export function blockAt(parsed: Pick<Parsed, 'doc'>, path: YamlPath): 'map' | 'seq' | null {
  const node = blockNode(parsed, path, 'any')
  return !node || node.items.length === 0 ? null : isMap(node) ? 'map' : 'seq'
}

function blockNode(parsed: Pick<Parsed, 'doc'>, path: YamlPath, kind: 'map' | 'seq' | 'any'): YMap | YSeq | null {
  const loc = locate(parsed.doc, path)
  const node = loc.kind === 'own' ? loc.chain[loc.chain.length - 1].node : null
  if ((kind !== 'seq' && isMap(node) && !node.flow) || (kind !== 'map' && isSeq(node) && !node.flow)) return node as YMap | YSeq
  return null
}

/** The own block map at `path`, or null. */
function ownMap(parsed: Pick<Parsed, 'doc'>, path: YamlPath): YMap | null {
  const loc = locate(parsed.doc, path)
  const node = loc.kind === 'own' ? loc.chain[loc.chain.length - 1].node : null
  return isMap(node) && !node.flow ? (node as YMap) : null
}

const samePath = (a: YamlPath, b: YamlPath) => a.length === b.length && a.every((s, i) => s === b[i])
