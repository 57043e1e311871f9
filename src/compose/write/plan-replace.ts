// Replaces one node's value in place: a scalar by a splice of its own range (quote style kept), a block collection by its body lines.
import { isMap, isScalar, isSeq, Scalar } from 'yaml'
import { done, fail } from './plan-change'
import type { Step } from './plan-change'
import type { PlanCtx } from './plan-context'
import { commentLines } from './plan-comments'
import type { Span } from './plan-comments'
import type { Found } from './plan-locate'
import { contentEnd, entryColumn, isBlockCollection, scalarRanges } from './plan-nodes'
import type { YNode, YPair } from './plan-nodes'
import { isNonEmptyCollection, renderBlock, renderInline } from './plan-render'
import type { QuoteStyle } from './plan-render'
import { column, lineEnd, lineStart, pad, skipBlanksBack, splice } from './plan-text'

/**
 * Write `value` in place of the own node `at`; `data` is the same value as plain data when `value` holds Raw sources.
 * Comments on the lines it removes are written back, except same-line ones inside `drop` (a deleted entry's own lines).
 */
export function replaceNode(ctx: PlanCtx, at: Found, value: unknown, data: unknown = value, drop?: Span): Step {
  const { node, holder } = at
  if (holder.type === 'root' || node === null) return fail('the whole document cannot be replaced')
  const flow = Boolean(holder.type === 'pair' ? holder.map.flow : holder.seq.flow)
  let text: string
  if (isNonEmptyCollection(value) && !flow && !isFlowCollection(node)) {
    text = holder.type === 'item' ? replaceItem(ctx, node, value) : replaceBody(ctx, holder.pair, node, value)
  } else if (holder.type === 'pair' && !flow && isBlockCollection(node)) {
    text = collapseBody(ctx, holder.pair, node, value, drop)
  } else {
    const [start, end] = valueRange(ctx.text, node)
    // Inside a flow collection, more entries may follow on the line, so a written-back comment would swallow them.
    const kept = flow ? '' : keptComments(ctx, start, end, node, drop)
    text = splice(ctx.text, start, end, gap(ctx.text, start) + renderInline(value, flow, quoteOf(node)) + kept)
  }
  return done(text, { type: 'replace', path: at.path, value: data })
}

const isFlowCollection = (node: YNode): boolean => (isMap(node) || isSeq(node)) && Boolean(node.flow)

/** The quote style to keep when a scalar's value changes. */
function quoteOf(node: YNode): QuoteStyle {
  if (!isScalar(node)) return 'plain'
  return node.type === Scalar.QUOTE_DOUBLE ? 'double' : node.type === Scalar.QUOTE_SINGLE ? 'single' : 'plain'
}

/** A space is needed when the new text would otherwise touch its `:` or `-` indicator. */
function gap(text: string, pos: number): string {
  return /[:\-?]/.test(text[pos - 1] ?? '') ? ' ' : ''
}

/**
 * The range a new value replaces. An empty value has no text: yaml places it where its line's comment starts,
 * so the new value goes right after the indicator instead, leaving the comment and its spacing after it.
 */
function valueRange(text: string, node: YNode): [number, number] {
  if (node.range[1] > node.range[0]) return [node.range[0], contentEnd(text, node)]
  const at = skipBlanksBack(text, node.range[0])
  return [at, at]
}

/** The comments in the text a replacement removes, as whole lines to write back after it. */
function keptComments(ctx: PlanCtx, start: number, end: number, node: YNode, drop?: Span): string {
  return commentLines(ctx.text, start, end, scalarRanges(node), drop).map((line) => ctx.style.eol + line).join('')
}

/** A block collection under `key:` becomes a one-line value after the key; its body lines go, their comments stay. */
function collapseBody(ctx: PlanCtx, pair: YPair, node: YNode, value: unknown, drop: Span | undefined): string {
  const { text } = ctx
  const keyEnd = pair.key ? contentEnd(text, pair.key) : node.range[0]
  const head = headEnd(text, keyEnd)
  const bodyStart = lineEnd(text, keyEnd)
  const bodyEnd = lineEnd(text, contentEnd(text, node))
  const kept = keptComments(ctx, bodyStart, bodyEnd, node, drop)
  return text.slice(0, head) + ` ${renderInline(value, false)}` + text.slice(head, bodyStart) + kept + text.slice(bodyEnd)
}

/** Offset after `key:` and any anchor or tag on the key's line, before its comment. */
function headEnd(text: string, keyEnd: number): number {
  const end = lineEnd(text, keyEnd)
  const comment = text.slice(keyEnd, end).search(/\s#/)
  return skipBlanksBack(text, comment < 0 ? end : keyEnd + comment + 1)
}

/** A pair's value becomes block lines under its key, at the existing body's column when the kind is unchanged. */
function replaceBody(ctx: PlanCtx, pair: YPair, node: YNode, value: unknown[] | Record<string, unknown>): string {
  const { text, style } = ctx
  const keyStart = pair.key ? pair.key.range[0] : node.range[0]
  const sameKind = isBlockCollection(node) && Array.isArray(value) === isSeq(node)
  const col = sameKind ? entryColumn(text, node) : column(text, keyStart) + (Array.isArray(value) ? style.seqIndent : style.indent)
  const lines = renderBlock(value, style).map((line) => pad(col) + line).join(style.eol)
  const end = contentEnd(text, node)
  if (isBlockCollection(node)) {
    const [from, to] = [lineStart(text, node.range[0]), lineEnd(text, end)]
    const kept = commentLines(text, from, to, scalarRanges(node)).map((line) => line + style.eol)
    return splice(text, from, to, kept.join('') + lines)
  }
  const at = lineEnd(text, end)
  const [start, stop] = valueRange(text, node)
  const withBody = splice(text, at, at, keptComments(ctx, start, stop, node) + style.eol + lines)
  return splice(withBody, start === stop ? start : skipBlanksBack(text, start), stop, '')
}

/** A sequence item's value: the first line follows `- `, the rest align under it. */
function replaceItem(ctx: PlanCtx, node: YNode, value: unknown[] | Record<string, unknown>): string {
  const { text, style } = ctx
  const [start, end] = valueRange(text, node)
  const space = gap(text, start)
  const col = column(text, start) + space.length
  const [first, ...rest] = renderBlock(value, style)
  return splice(text, start, end, space + first + rest.map((line) => style.eol + pad(col) + line).join('') + keptComments(ctx, start, end, node))
}
