// Ops on different services, made side by side: same text as making them one by one, or null (then the caller does that).
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
import { lineStart } from './plan-text'
import { verifyAll } from './plan-verify'

/**
 * Round r makes the r-th op of every service against one parse, each confined to its service's lines, then re-parses
 * once and verifies them together. An op reads only its own service's lines, so it writes what it would have written
 * after the other services' ops, except through two file-wide inputs: anchors (so no touched service may hold one) and
 * the layout habits (so every mix of the services' states must give the same ones).
 */
export function applyByService(start: Parsed, ops: readonly EditOp[], read: (text: string) => Parsed): Parsed | null {
  const groups = new Map<string, EditOp[]>()
  for (const op of ops) {
    const [top, service] = op.path
    if (top !== 'services' || typeof service !== 'string' || op.path.length < 3) return null
    groups.set(service, [...(groups.get(service) ?? []), op])
  }
  if (groups.size < 2 || !anchorFree(start, groups.keys())) return null
  const firstBreak = start.text.indexOf('\n')
  const states = [start]
  let styled = false
  let current = start
  const rounds = Math.max(...[...groups.values()].map((g) => g.length))
  for (let r = 0; r < rounds; r++) {
    const extents = serviceExtents(current)
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
    const pieces: Array<{ from: number; to: number; text: string }> = []
    const steps: Array<{ op: EditOp; change: Change | null }> = []
    for (const [service, list] of groups) {
      const op = list[r]
      if (!op) continue
      const step = applyEdit(ctx, op)
      if (!step.ok) return null
      if (step.text === before.text) continue
      const extent = extents.get(service)
      const piece = extent && within(before.text, step.text, extent[0], extent[1])
      if (!piece || piece.from <= firstBreak) return null
      pieces.push(piece)
      steps.push({ op, change: step.change })
    }
    if (pieces.length === 0) continue
    const checked = verifyAll(before, joined(before.text, pieces), steps, read)
    if (!checked.ok) return null
    current = checked.parsed
    states.push(current)
  }
  return !styled || sameStyleThroughout(states, [...groups.keys()]) ? current : null
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

/** No touched service holds an anchor: an alias elsewhere could read what its ops change. */
function anchorFree(parsed: Parsed, services: Iterable<string>): boolean {
  const map = servicesMap(parsed)?.map
  if (!map) return false
  for (const name of services) {
    const pair = ownPair(map, name)
    if (!pair || (pair.key as { anchor?: string } | null)?.anchor) return false
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

function joined(text: string, pieces: ReadonlyArray<{ from: number; to: number; text: string }>): string {
  const sorted = [...pieces].sort((a, b) => a.from - b.from)
  let out = ''
  let at = 0
  for (const p of sorted) {
    out += text.slice(at, p.from) + p.text
    at = p.to
  }
  return out + text.slice(at)
}

/**
 * The layout habits are a majority vote over the whole file. Made one by one, each op sees some services before and
 * some after their ops; the winner is the same in every such mix when it leads even with each service at its worst.
 */
function sameStyleThroughout(states: readonly Parsed[], services: readonly string[]): boolean {
  const perService = services.map(() => [] as IndentCounts[])
  for (const parsed of states) {
    const map = servicesMap(parsed)?.map
    if (!map) return false
    for (let i = 0; i < services.length; i++) {
      const pair = ownPair(map, services[i])
      if (!pair) return false
      perService[i].push(indentCounts(parsed.text, pair))
    }
  }
  return sameStyleInEveryMix(indentCounts(states[0].text, states[0].doc), perService)
}
