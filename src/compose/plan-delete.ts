// Deletes whole lines (block; full-line comments stay) or an entry and one comma (flow); emptied containers go, not services or anchors.
import { isMap, isSeq } from 'yaml'
import { done, fail } from './plan-change'
import type { Step } from './plan-change'
import type { PlanCtx } from './plan-context'
import type { Found } from './plan-locate'
import { describePath, entrySpan, scalarRanges } from './plan-nodes'
import type { YMap, YSeq } from './plan-nodes'
import { replaceNode } from './plan-replace'
import { commentLines, detectEol, lineStart, nextLineStart, splice } from './plan-text'

/** True for the containers a delete never removes: `services` and each service. */
const isKeptWhenEmpty = (path: readonly unknown[]): boolean => path[0] === 'services' && (path.length === 1 || path.length === 2)

/** Delete the last node of `chain` (an own node: chain[i] holds path[0..i]). */
export function deleteAt(ctx: PlanCtx, chain: readonly Found[]): Step {
  for (let i = chain.length - 1; i >= 1; i--) {
    const parent = chain[i - 1]
    const container = parent.node
    if (!isMap(container) && !isSeq(container)) break
    if (container.items.length > 1 || parent.path.length === 0) return removeEntry(ctx, container, chain[i])
    if (isKeptWhenEmpty(parent.path) || container.anchor) return replaceNode(ctx, parent, isSeq(container) ? [] : {})
  }
  return fail('nothing to delete')
}

function removeEntry(ctx: PlanCtx, container: YMap | YSeq, at: Found): Step {
  const index = at.holder.type === 'pair' ? (container as YMap).items.indexOf(at.holder.pair) : at.holder.type === 'item' ? at.holder.index : -1
  if (index < 0) return fail(`${describePath(at.path)} cannot be deleted`)
  const text = removedText(ctx.text, container, index, at)
  return text === null
    ? fail(`${describePath(at.path)} shares its line with other content and cannot be deleted on its own`)
    : done(text, { type: 'remove', path: at.path })
}

function removedText(text: string, container: YMap | YSeq, index: number, at: Found): string | null {
  const [start, end] = entrySpan(text, container, index)
  const last = container.items.length - 1
  if (container.flow) {
    if (index < last) return splice(text, start, entrySpan(text, container, index + 1)[0], '')
    if (index > 0) return splice(text, entrySpan(text, container, index - 1)[1], end, '')
    return splice(text, container.range[0] + 1, container.range[1] - 1, '')
  }
  const before = text.slice(lineStart(text, start), start)
  if (isMap(container) ? /^[ \t]*$/.test(before) : /^[ \t]*-[ \t]*$/.test(before)) {
    const [from, to] = [lineStart(text, start), nextLineStart(text, end)]
    const eol = detectEol(text)
    const kept = commentLines(text, from, to, scalarRanges(at.node)).map((line) => line + eol)
    return splice(text, from, to, kept.join(''))
  }
  // The first key of a map written on its sequence item's line (`- a: 1`): the next key moves up after the dash.
  return index < last ? splice(text, start, entrySpan(text, container, index + 1)[0], '') : null
}
