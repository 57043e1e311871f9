// Read-only facts about parsed yaml nodes: own keys (merge keys excluded), where a node's content ends, columns.
import { isMap, isScalar, isSeq, Scalar, visit } from 'yaml'
import type { Pair, ParsedNode, YAMLMap, YAMLSeq } from 'yaml'
import type { YamlPath } from '../types'
import { column, lineEnd, trimEnd } from './plan-text'

export type YNode = ParsedNode
export type YPair = Pair<ParsedNode, ParsedNode | null>
export type YMap = YAMLMap.Parsed
export type YSeq = YAMLSeq.Parsed

type AnyPair = Pair<unknown, unknown>

/** A `<<` merge key: yaml resolves it to a symbol only when merge keys are on (a quoted "<<" is a plain key). */
export function isMergePair(pair: AnyPair): boolean {
  const k = pair.key
  return isScalar(k) && typeof k.value === 'symbol' && k.value.description === '<<'
}

/** The pair's key as a string, or undefined for merge keys and complex (collection) keys. */
function keyText(pair: AnyPair): string | undefined {
  if (isMergePair(pair) || !isScalar(pair.key)) return undefined
  return String(pair.key.value)
}

/** The pair that holds `key` in `map` itself; the last one wins, as in toJS with duplicate keys. */
export function ownPair<P extends AnyPair>(map: { items: P[] }, key: string): P | undefined {
  for (let i = map.items.length - 1; i >= 0; i--) if (keyText(map.items[i]) === key) return map.items[i]
  return undefined
}

export const isNullScalar = (node: YNode | null): boolean => node === null || (isScalar(node) && node.value === null)

function isBlockScalar(node: YNode | null): node is Scalar.Parsed {
  return isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)
}

export const isBlockCollection = (node: YNode | null): node is YMap | YSeq => (isMap(node) || isSeq(node)) && !node.flow

/** Offset just after the last character of the node's own content: no trailing comments or blank lines. */
export function contentEnd(text: string, node: YNode): number {
  if (isBlockScalar(node)) {
    const header = text.slice(node.range[0], lineEnd(text, node.range[0]))
    if (!/^[|>][1-9]?\+/.test(header)) return trimEnd(text, node.range[0], node.range[1])
    let end = node.range[1]
    if (text[end - 1] === '\n') end--
    if (text[end - 1] === '\r') end--
    return end
  }
  if (isBlockCollection(node) && node.items.length > 0) {
    const last = node.items[node.items.length - 1]
    return isMap(node) ? pairEnd(text, last as YPair) : contentEnd(text, last as YNode)
  }
  return node.range[1]
}

/** Where the pair's content ends: its value's content, or its key's when the value is empty. */
function pairEnd(text: string, pair: YPair): number {
  const keyEnd = pair.key ? contentEnd(text, pair.key) : 0
  return pair.value ? Math.max(keyEnd, contentEnd(text, pair.value)) : keyEnd
}

/** Offset where the entry starts: the key of a pair, or the node of a sequence item. */
export function pairStart(pair: YPair): number {
  return pair.key ? pair.key.range[0] : (pair.value?.range[0] ?? 0)
}

/** Start and content end of a collection's i-th entry: a map's pair or a sequence's item. */
export function entrySpan(text: string, node: YMap | YSeq, i: number): [number, number] {
  if (isMap(node)) return [pairStart(node.items[i]), pairEnd(text, node.items[i])]
  const item = node.items[i]
  return [item.range[0], contentEnd(text, item)]
}

/** Column of a block collection's entries: its first key, or its first `-`. */
export function entryColumn(text: string, node: YMap | YSeq): number {
  if (isMap(node) && node.items.length > 0) return column(text, pairStart(node.items[0]))
  return column(text, node.range[0])
}

/** Human-readable path for messages: services.app.ports[0]. */
export function describePath(path: YamlPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(root)'
}

/** Source ranges of every scalar in the given nodes: a `#` line there is text, never a comment. */
export function scalarRanges(...nodes: (YNode | null)[]): [number, number][] {
  const ranges: [number, number][] = []
  for (const node of nodes) {
    if (isScalar(node)) ranges.push([node.range[0], node.range[1]])
    else if (node) visit(node, { Scalar: (_, s) => void (s.range && ranges.push([s.range[0], s.range[1]])) })
  }
  return ranges
}
