// Ops on different services (and top-level keys), made side by side: same text as making them one by one, or null (then the caller does that).
import { isMap, isScalar, visit } from 'yaml'
import type { EditOp } from '../types'
import type { Change } from './plan-change'
import type { PlanCtx } from './plan-context'
import { applyEdit } from './plan-ops'
import type { Parsed } from './plan-parse'
import { ownPair, pairStart } from './plan-nodes'
import type { YMap, YPair } from './plan-nodes'
import { detectStyle, indentCounts, sameStyleInEveryMix } from './plan-style'
import type { IndentCounts, Style } from './plan-style'
import { blockInsertAt } from './plan-insert'
import { lineStart } from './plan-text'
import { verifyAll } from './plan-verify'

/**
 * Round r makes the r-th op of every service (and of every top-level key other than `services`) against one parse, each
 * confined to its own lines, then re-parses once and verifies them together. An op reads only its own lines, so it
 * writes what it would have written after the others' ops, except through two file-wide inputs: anchors (so no touched
 * part may hold one) and the layout habits (so every mix of the parts' states must give the same ones). A new top-level
 * key goes after the file's last entry, which may be in a service: when that part only gains lines in the same round,
 * at the same place its lines come first (one by one, its own op stops there too); any other change there: one by one.
 */
export function applyByService(start: Parsed, ops: readonly EditOp[], read: (text: string) => Parsed): Parsed | null {
  const groups = new Map<string, { part: Part; ops: EditOp[] }>()
  for (const op of ops) {
    const [top, service] = op.path
    const part: Part | null =
      top === 'services' ? (typeof service === 'string' && op.path.length >= 3 ? { kind: 'service', name: service } : null)
      : typeof top === 'string' && op.path.length >= 2 ? { kind: 'top', name: top }
      : null
    if (!part) return null
    const id = `${part.kind}\u0000${part.name}`
    groups.set(id, { part, ops: [...(groups.get(id)?.ops ?? []), op] })
  }
  const parts = [...groups.values()].map((g) => g.part)
  if (groups.size < 2 || !parts.some((p) => p.kind === 'service') || !anchorFree(start, parts)) return null
  const firstBreak = start.text.indexOf('\n')
  const states = [start]
  let styled = false
  let current = start
  const rounds = Math.max(...[...groups.values()].map((g) => g.ops.length))
  for (let r = 0; r < rounds; r++) {
    const extents = partExtents(current)
    if (!extents) return null
    const before = current
    let style: Style | undefined
    const ctx: PlanCtx = {
      text: before.text,
      doc: before.doc,
      get style() {
        styled = true
        return (style ??= detectStyle(before.text, before.doc))
      },
    }
    const pieces: Piece[] = []
    const steps: Array<{ op: EditOp; change: Change | null }> = []
    for (const { part, ops: list } of groups.values()) {
      const op = list[r]
      if (!op) continue
      const step = applyEdit(ctx, op)
      if (!step.ok) return null
      if (step.text === before.text) continue
      const own = extents.get(`${part.kind}\u0000${part.name}`)
      const extent = own ?? (part.kind === 'top' ? extents.get('end') : undefined)
      const piece = extent && within(before.text, step.text, extent[0], extent[1])
      if (!piece || piece.from <= firstBreak) return null
      const whole: Piece = { ...piece, depth: part.kind === 'service' ? 2 : 1 }
      const cut = minimal(before.text, whole)
      pieces.push({ ...untilChange(before.text, whole), last: `${part.kind}\u0000${part.name}` === extents.last, end: !own, pure: cut.from === cut.to })
      steps.push({ op, change: step.change })
    }
    if (pieces.length === 0) continue
    // A new top-level key goes after the file's last entry: beside that part's changes only when they are new lines.
    if (pieces.some((p) => p.end) && pieces.some((p) => p.last && !p.pure)) return null
    const text = joined(before.text, pieces)
    const checked = text === null ? null : verifyAll(before, text, steps, read)
    if (!checked?.ok) return null
    current = checked.parsed
    states.push(current)
  }
  return !styled || sameStyleThroughout(states, parts) ? current : null
}

type Part = { kind: 'service' | 'top'; name: string }
type Piece = { from: number; to: number; text: string; depth: number; last?: boolean; end?: boolean; pure?: boolean }

/**
 * The piece reaching only as far as what it changes: its end moved back over what stays (its start kept, so that an
 * insertion keeps its place: text equal on both sides of it could put a tighter cut elsewhere).
 */
function untilChange(text: string, p: Piece): Piece {
  const old = text.slice(p.from, p.to)
  let tail = 0
  while (tail < old.length && tail < p.text.length && old[old.length - 1 - tail] === p.text[p.text.length - 1 - tail]) tail++
  return { ...p, to: p.to - tail, text: p.text.slice(0, p.text.length - tail) }
}

/** The piece cut down to what it changes (to tell an insertion from other changes; where it falls may shift). */
function minimal(text: string, p: Piece): Piece {
  const old = text.slice(p.from, p.to)
  let head = 0
  while (head < old.length && head < p.text.length && old[head] === p.text[head]) head++
  let tail = 0
  while (tail < old.length - head && tail < p.text.length - head && old[old.length - 1 - tail] === p.text[p.text.length - 1 - tail]) tail++
  return { ...p, from: p.from + head, to: p.to - tail, text: p.text.slice(head, p.text.length - tail) }
}

/**
 * Each service's lines (see serviceExtents), each other top-level key's (from its line to the next key's), and `end`:
 * the empty range where a new top-level key goes (after the last entry's content and the indented comments below it).
 */
function partExtents(parsed: Parsed): (Map<string, [number, number]> & { last?: string }) | null {
  const services = serviceExtents(parsed)
  const found = servicesMap(parsed)
  if (!services || !found) return null
  const { text } = parsed
  const { root, pair } = found
  const out = new Map<string, [number, number]>([...services].map(([name, e]) => [`service\u0000${name}`, e]))
  const starts = root.items.map((p) => lineStart(text, pairStart(p as YPair)))
  for (let i = 0; i < root.items.length; i++) {
    const p = root.items[i] as YPair
    if (p === pair || !isScalar(p.key) || typeof p.key.value !== 'string') continue
    if (out.has(`top\u0000${p.key.value}`)) return null
    out.set(`top\u0000${p.key.value}`, [starts[i], i + 1 < starts.length ? starts[i + 1] : text.length])
  }
  const end = blockInsertAt(text, root)
  out.set('end', [end, end])
  // The part holding the file's last entry: the last top-level key's, or the last service's when that key is `services`.
  const lastPair = root.items[root.items.length - 1] as YPair
  const lastKey = (lastPair.key as { value?: unknown } | null)?.value
  const last = lastPair === pair ? `service\u0000${[...services.keys()].pop()}` : `top\u0000${String(lastKey)}`
  return Object.assign(out, { last })
}

type Text = Pick<Parsed, 'text' | 'doc'>

/** The block `services:` map, its pair and the root map holding it; null when either is a flow collection or missing. */
export const servicesMap = (parsed: Pick<Parsed, 'doc'>): { root: YMap; pair: YPair; map: YMap } | null => {
  const root = parsed.doc.contents
  if (!isMap(root) || root.flow) return null
  const pair = ownPair(root as YMap, 'services')
  const map = pair?.value
  return pair && isMap(map) && !map.flow ? { root: root as YMap, pair, map: map as YMap } : null
}

/** Each service's lines: from its key's line to the next service's key line (the last one: to the next top-level key). */
export function serviceExtents(parsed: Text): Map<string, [number, number]> | null {
  const found = servicesMap(parsed)
  if (!found) return null
  const { text } = parsed
  const { root, pair, map } = found
  const next = root.items[root.items.indexOf(pair) + 1]
  const starts = map.items.map((p) => lineStart(text, pairStart(p as YPair)))
  starts.push(next ? lineStart(text, pairStart(next as YPair)) : text.length)
  const extents = new Map<string, [number, number]>()
  for (let i = 0; i < map.items.length; i++) {
    const key = map.items[i].key
    if (!isScalar(key) || typeof key.value !== 'string' || extents.has(key.value) || starts[i] >= starts[i + 1]) return null
    extents.set(key.value, [starts[i], starts[i + 1]])
  }
  return extents
}

/** No touched part holds an anchor: an alias elsewhere could read what its ops change. */
function anchorFree(parsed: Parsed, parts: readonly Part[]): boolean {
  const found = servicesMap(parsed)
  if (!found) return false
  for (const { kind, name } of parts) {
    const pair = ownPair(kind === 'service' ? found.map : found.root, name)
    if (!pair) {
      if (kind === 'service') return false
      continue
    }
    if ((pair.key as { anchor?: string } | null)?.anchor) return false
    let anchored = false
    if (pair.value) visit(pair.value, { Node: (_, node) => void (anchored ||= Boolean((node as { anchor?: string }).anchor)) })
    if (anchored) return false
  }
  return true
}

/** `after` as `before` with [from, to) replaced, or null when it differs outside that range. */
function within(before: string, after: string, from: number, to: number): { from: number; to: number; text: string } | null {
  const end = after.length - (before.length - to)
  if (end < from || !after.startsWith(before.slice(0, from)) || !after.endsWith(before.slice(to))) return null
  return { from, to, text: after.slice(from, end) }
}

/** `text` with the pieces made; null when two overlap. At one place the inner part's lines come first (a service's, then a new top-level key's). */
function joined(text: string, pieces: readonly Piece[]): string | null {
  const cut = [...pieces].sort((a, b) => a.from - b.from || b.depth - a.depth)
  let out = ''
  let at = 0
  for (const p of cut) {
    if (p.from < at) return null
    out += text.slice(at, p.from) + p.text
    at = p.to
  }
  return out + text.slice(at)
}

/**
 * The layout habits are a majority vote over the whole file. Made one by one, each op sees some parts before and some
 * after their ops; the winner is the same in every such mix when it leads even with each part at its worst.
 */
function sameStyleThroughout(states: readonly Parsed[], parts: readonly Part[]): boolean {
  const perPart = parts.map(() => [] as IndentCounts[])
  for (const parsed of states) {
    const found = servicesMap(parsed)
    if (!found) return false
    for (let i = 0; i < parts.length; i++) {
      const { kind, name } = parts[i]
      const pair = ownPair(kind === 'service' ? found.map : found.root, name)
      if (!pair && kind === 'service') return false
      perPart[i].push(pair ? indentCounts(parsed.text, pair) : { maps: new Map(), seqs: new Map() })
    }
  }
  return sameStyleInEveryMix(indentCounts(states[0].text, states[0].doc), perPart)
}
