// Adds one entry to an existing collection: after its last entry's content (and deeper comments), in the collection's own style.
import { isScalar } from 'yaml'
import { done } from './plan-change'
import type { Step } from './plan-change'
import type { PlanCtx } from './plan-context'
import { entryColumn, entrySpan } from './plan-nodes'
import type { YMap, YSeq } from './plan-nodes'
import { isNonEmptyCollection, renderBlock, renderEntry, renderInline, renderScalar } from './plan-render'
import { column, lineEnd, lineStart, nextLineStart, pad, splice } from './plan-text'
import type { YamlPath } from '../types'

/** Add `key: value` to the own map at `path`; a null map means the document is empty and gets its first top-level key. */
export function insertPair(ctx: PlanCtx, map: YMap | null, path: YamlPath, key: string, value: unknown): Step {
  const { text, style } = ctx
  let result: string
  if (map === null) result = insertIntoEmptyDocument(ctx, renderEntry(key, value, style).join(style.eol))
  else if (map.flow) result = insertFlowEntry(ctx, map, `${renderScalar(key, true)}: ${renderInline(value, true)}`)
  else {
    const at = blockInsertAt(text, map)
    result = splice(text, at, at, entryLines(ctx, map, key, value))
  }
  return done(result, { type: 'insert', path, key, value })
}

/** The text {@link insertPair} adds for `key: value` to the non-empty block map, at {@link blockInsertAt}. */
export function entryLines(ctx: Pick<PlanCtx, 'text' | 'style'>, map: YMap, key: string, value: unknown): string {
  const col = entryColumn(ctx.text, map)
  return renderEntry(key, value, ctx.style).map((line) => ctx.style.eol + pad(col) + line).join('')
}

/** The text {@link appendItem} adds for an item of the non-empty block list, at {@link blockInsertAt}. */
export function itemLines(ctx: Pick<PlanCtx, 'text' | 'style'>, seq: YSeq, value: unknown): string {
  let lines = [`- ${renderInline(value, false)}`]
  if (isNonEmptyCollection(value)) {
    const [first, ...rest] = renderBlock(value, ctx.style)
    lines = [`- ${first}`, ...rest.map((line) => `  ${line}`)]
  }
  const col = entryColumn(ctx.text, seq)
  return lines.map((line) => ctx.style.eol + pad(col) + line).join('')
}

/** Add an item at the end of the own sequence at `path`. */
export function appendItem(ctx: PlanCtx, seq: YSeq, path: YamlPath, value: unknown): Step {
  const { text } = ctx
  const change = { type: 'append', path, value } as const
  if (seq.flow) return done(insertFlowEntry(ctx, seq, renderInline(value, true)), change)
  const at = blockInsertAt(text, seq)
  return done(splice(text, at, at, itemLines(ctx, seq, value)), change)
}

/**
 * New lines at column `col` go after the line that holds `end` and the comment lines right below it that are indented
 * deeper than `col` (they belong to the entry above); comment lines at `col` or less may head what follows, so stay after.
 */
function linesEnd(text: string, end: number, col: number): number {
  let at = lineEnd(text, end)
  for (let next = nextLineStart(text, at); next < text.length; next = nextLineStart(text, next)) {
    const indent = /^([ \t]*)#/.exec(text.slice(next, lineEnd(text, next)))?.[1]
    if (indent === undefined || indent.length <= col) break
    at = lineEnd(text, next)
  }
  return at
}

/** Where {@link insertPair} (or {@link appendItem}) puts a new entry of the non-empty block map (or list): the same place for every new key (item). */
export function blockInsertAt(text: string, node: YMap | YSeq): number {
  return linesEnd(text, entrySpan(text, node, node.items.length - 1)[1], entryColumn(text, node))
}

function insertIntoEmptyDocument(ctx: PlanCtx, block: string): string {
  const { text, doc, style } = ctx
  const root = doc.contents
  if (isScalar(root) && root.range[1] > root.range[0]) return splice(text, root.range[0], root.range[1], block)
  const sep = text === '' || text.endsWith('\n') ? '' : style.eol
  return text + sep + block + style.eol
}

/** `{a: 1}` → `{a: 1, entry}`, `[]` → `[entry]`; one entry per line stays one entry per line. */
function insertFlowEntry(ctx: PlanCtx, node: YMap | YSeq, entry: string): string {
  const { text, style } = ctx
  const [open, close] = node.range
  if (node.items.length === 0) return splice(text, open + 1, close - 1, entry)
  const [lastStart, end] = entrySpan(text, node, node.items.length - 1)
  const multiLine = lineStart(text, lastStart) !== lineStart(text, open)
  const sep = multiLine ? style.eol + pad(column(text, lastStart)) : ' '
  const comma = text.slice(end, close - 1).search(/\S/)
  if (comma >= 0 && text[end + comma] === ',') {
    const at = end + comma + 1
    return splice(text, at, at, sep + entry + (multiLine ? ',' : ''))
  }
  return splice(text, end, end, `,${sep}${entry}`)
}
