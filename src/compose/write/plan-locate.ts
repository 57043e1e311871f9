// Walks a path through the nodes written in the text; it never enters an anchored node through an alias or a merge key.
import { isAlias, isMap, isScalar, isSeq } from 'yaml'
import type { Document } from 'yaml'
import { MAX_ALIAS_COUNT } from '../read/parse'
import type { PathSeg, YamlPath } from '../types'
import { describePath, isMergePair, isNullScalar, ownPair } from './plan-nodes'
import type { YMap, YNode, YPair, YSeq } from './plan-nodes'

/** How a node is held by its parent. */
export type Holder =
  | { type: 'root' }
  | { type: 'pair'; map: YMap; pair: YPair }
  | { type: 'item'; seq: YSeq; index: number }

/** A node written in the text at `path` (null for an empty document). */
export interface Found {
  node: YNode | null
  holder: Holder
  path: YamlPath
}

/** Where a missing (or only inherited) value must be written: a new key in an own map, or in place of an own node. */
export type Target = { type: 'insert'; map: YMap | null; path: YamlPath; key: string } | { type: 'replace'; at: Found }

export type Location =
  /** Every step is written in the text; chain[0] is the root, the last entry the node at the full path. */
  | { kind: 'own'; chain: Found[] }
  /**
   * The walk stopped at `target`: below it, `rest` is missing. `base` is the value the target currently
   * has through a merge key or an alias (`via` says where from, e.g. 'anchor "defaults"'), undefined when it has none.
   */
  | { kind: 'absent'; chain: Found[]; target: Target; base: unknown; rest: YamlPath; via?: string }
  /** The path cannot exist: it indexes into a scalar, names a key in a sequence, or an index out of range. */
  | { kind: 'invalid'; error: string }

export function locate(doc: Document.Parsed, path: YamlPath): Location {
  const chain: Found[] = [{ node: doc.contents, holder: { type: 'root' }, path: [] }]
  for (let i = 0; i < path.length; i++) {
    const cur = chain[chain.length - 1]
    const node = cur.node
    const seg = path[i]
    const rest = path.slice(i + 1)
    if (isNullScalar(node)) {
      const target: Target = cur.holder.type === 'root' ? { type: 'insert', map: null, path: [], key: String(seg) } : { type: 'replace', at: cur }
      return { kind: 'absent', chain, target, base: undefined, rest: target.type === 'insert' ? rest : path.slice(i) }
    }
    if (isAlias(node)) {
      const base = node.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) as unknown
      return { kind: 'absent', chain, target: { type: 'replace', at: cur }, base, rest: path.slice(i), via: `anchor "${node.source}"` }
    }
    if (isMap(node)) {
      const key = String(seg)
      const pair = ownPair(node, key)
      if (pair) {
        chain.push({ node: pair.value, holder: { type: 'pair', map: node, pair }, path: path.slice(0, i + 1) })
        continue
      }
      const inherited = mergedValue(doc, node, key)
      return { kind: 'absent', chain, target: { type: 'insert', map: node, path: cur.path, key }, base: inherited?.value, rest, via: inherited?.via }
    }
    const here = describePath(path.slice(0, i))
    if (isSeq(node)) {
      const item = typeof seg === 'number' && Number.isInteger(seg) && seg >= 0 ? node.items[seg] : undefined
      if (item === undefined) return { kind: 'invalid', error: invalidIndex(here, seg, node.items.length) }
      chain.push({ node: item as YNode, holder: { type: 'item', seq: node, index: seg as number }, path: path.slice(0, i + 1) })
      continue
    }
    const shown = isScalar(node) ? JSON.stringify(node.value) : 'a scalar'
    return { kind: 'invalid', error: `${here} is the scalar ${shown}, so it has no ${describePath([seg])}` }
  }
  return { kind: 'own', chain }
}

function invalidIndex(here: string, seg: PathSeg, length: number): string {
  return typeof seg === 'number'
    ? `${here} has ${length} item(s); there is no item [${seg}]`
    : `${here} is a sequence; use an item index, not the key "${seg}"`
}

/** The value `map` gets for `key` through its `<<` merge keys (first source wins), and where it comes from. */
export function mergedValue(doc: Document.Parsed, map: YMap, key: string): { value: unknown; via: string } | undefined {
  for (const pair of map.items) {
    if (!isMergePair(pair) || !pair.value) continue
    const sources = isSeq(pair.value) ? pair.value.items : [pair.value]
    for (const source of sources) {
      const resolved = isAlias(source) ? source.resolve(doc) : source
      if (!isMap(resolved)) continue
      const data = resolved.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>
      if (Object.prototype.hasOwnProperty.call(data, key)) {
        return { value: data[key], via: isAlias(source) ? `anchor "${source.source}"` : 'the inline `<<` map' }
      }
    }
  }
  return undefined
}
