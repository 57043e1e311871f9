// Deletes whole lines (block) or an entry and one comma (flow); emptied containers go, not services or anchors. Comments on
// the removed lines stay as whole lines, except the same-line ones of the deleted entry's own lines.
import { isMap, isSeq } from 'yaml'
import { done, fail } from './plan-change'
import type { Step } from './plan-change'
import { commentLines, ownLines } from './plan-comments'
import type { Span } from './plan-comments'
import type { PlanCtx } from './plan-context'
import type { Found } from './plan-locate'
import { describePath, entrySpan, scalarRanges } from './plan-nodes'
import type { YMap, YSeq } from './plan-nodes'
import { replaceNode } from './plan-replace'
import { detectEol, lineEnd, lineStart, nextLineStart, splice } from './plan-text'

/** True for the containers a delete never removes: `services` and each service. */
const isKeptWhenEmpty = (path: readonly unknown[]): boolean => path[0] === 'services' && (path.length === 1 || path.length === 2)

/** Delete the last node of `chain` (an own node: chain[i] holds path[0..i]). */
export function deleteAt(ctx: PlanCtx, chain: readonly Found[]): Step {
  const drop = targetLines(ctx.text, chain)
  for (let i = chain.length - 1; i >= 1; i--) {
    const parent = chain[i - 1]
    const container = parent.node
    if (!isMap(container) && !isSeq(container)) break
    if (container.items.length > 1 || parent.path.length === 0) return removeEntry(ctx, container, chain[i], drop)
    if (isKeptWhenEmpty(parent.path) || container.anchor) return replaceNode(ctx, parent, isSeq(container) ? [] : {}, undefined, drop)
  }
  return fail('nothing to delete')
}

/** The lines the deleted entry has to itself: their same-line comments go with it (a container emptied on the way up keeps its own). */
function targetLines(text: string, chain: readonly Found[]): Span | undefined {
  const container = chain[chain.length - 2]?.node
  const index = entryIndex(container, chain[chain.length - 1])
  if (index < 0 || (!isMap(container) && !isSeq(container))) return undefined
  return ownLines(text, ...entrySpan(text, container, index))
}

function entryIndex(container: unknown, at: Found | undefined): number {
  if (at?.holder.type === 'pair' && isMap(container)) return (container as YMap).items.indexOf(at.holder.pair)
  return at?.holder.type === 'item' ? at.holder.index : -1
}

function removeEntry(ctx: PlanCtx, container: YMap | YSeq, at: Found, drop: Span | undefined): Step {
  const index = entryIndex(container, at)
  if (index < 0) return fail(`${describePath(at.path)} cannot be deleted`)
  const text = removedText(ctx.text, container, index, at, drop)
  return text === null
    ? fail(`${describePath(at.path)} shares its line with other content and cannot be deleted on its own`)
    : done(text, { type: 'remove', path: at.path })
}

function removedText(text: string, container: YMap | YSeq, index: number, at: Found, drop: Span | undefined): string | null {
  const [start, end] = entrySpan(text, container, index)
  const last = container.items.length - 1
  const scalars = scalarRanges(at.holder.type === 'pair' ? at.holder.pair.key : null, at.node)
  const eol = detectEol(text)
  /** Removes [from, to); the comments there that stay go on whole lines above the line where the removal starts. */
  const cut = (from: number, to: number): string => {
    const kept = commentLines(text, from, to, scalars, drop).map((line) => line + eol).join('')
    const above = lineStart(text, from)
    return splice(splice(text, from, to, ''), above, above, kept)
  }
  if (container.flow) {
    if (index < last) return cut(start, entrySpan(text, container, index + 1)[0])
    // The last entry's own comment after it (one entry per line) goes with it.
    const stop = drop && /^[ \t]*#/.test(text.slice(end, lineEnd(text, end))) ? lineEnd(text, end) : end
    if (index > 0) return cut(entrySpan(text, container, index - 1)[1], stop)
    return cut(container.range[0] + 1, Math.max(stop, container.range[1] - 1))
  }
  const before = text.slice(lineStart(text, start), start)
  if (isMap(container) ? /^[ \t]*$/.test(before) : /^[ \t]*-[ \t]*$/.test(before)) {
    const [from, to] = [lineStart(text, start), nextLineStart(text, end)]
    return splice(text, from, to, commentLines(text, from, to, scalars, drop).map((line) => line + eol).join(''))
  }
  // The first key of a map written on its sequence item's line (`- a: 1`): the next key moves up after the dash.
  return index < last ? cut(start, entrySpan(text, container, index + 1)[0]) : null
}
