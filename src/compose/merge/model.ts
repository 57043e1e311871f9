// A compose file as plain nodes that remember where each value was written (file, line, column): the merge, the
// interpolation and the renderer work on these, so a finding on the merged file can point at the line that wrote it.
import { isAlias, isMap, isScalar, isSeq } from 'yaml'
import type { Node } from 'yaml'
import type { ComposeFile } from '../types'

/** Where a key or value was written: the file as the user named it, 1-based line and column. */
export interface Src {
  file: string
  line: number
  column: number
}

/** `!reset` and `!override`, the Compose tags that change how an override file merges. */
export type MergeTag = 'reset' | 'override'

export type Scalar = string | number | boolean | null

export type MNode =
  | { kind: 'map'; entries: MEntry[]; at: Src; tag?: MergeTag }
  | { kind: 'seq'; items: MNode[]; at: Src; tag?: MergeTag }
  | { kind: 'scalar'; value: Scalar; at: Src; tag?: MergeTag }

export interface MEntry {
  key: string
  /** Every place the key was written, first the file that introduced it (a waiver on any of them applies). */
  keyAt: Src[]
  value: MNode
}

const TAGS: Readonly<Record<string, MergeTag>> = { '!reset': 'reset', '!override': 'override' }

/**
 * The model of a readable single-document file (file.errors empty). Aliases are expanded and `<<` merge keys resolved
 * (keys written on the map win over merged ones, earlier merge sources over later ones, as YAML 1.1 says).
 */
export function modelOf(file: ComposeFile, name: string): MNode {
  const at = (node: { range?: [number, number, number] | null } | null | undefined): Src => {
    const { line, col } = file.lineCounter.linePos(node?.range?.[0] ?? 0)
    return { file: name, line, column: col }
  }
  const walk = (raw: unknown, depth: number): MNode => {
    const node = isAlias(raw) ? (raw.resolve(file.doc) as Node | undefined) : (raw as Node | null | undefined)
    // Alias bombs were refused by parseCompose; the depth only guards against a cycle the parser let through.
    if (depth > 200 || node === undefined || node === null) return { kind: 'scalar', value: null, at: at(isAlias(raw) ? raw : node) }
    const where = at(isAlias(raw) ? raw : node)
    const tag = node.tag ? TAGS[node.tag] : undefined
    const tagged = <T extends MNode>(n: T): T => (tag ? { ...n, tag } : n)
    if (isMap(node)) {
      const own: MEntry[] = []
      const merged: MEntry[] = []
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key
        if (typeof key === 'symbol' || key === '<<') {
          const sources = isSeq(pair.value) ? pair.value.items : [pair.value]
          for (const source of sources) {
            const m = walk(source, depth + 1)
            if (m.kind === 'map') for (const e of m.entries) merged.push(e)
          }
          continue
        }
        own.push({ key: String(key), keyAt: [at(pair.key as Node)], value: walk(pair.value, depth + 1) })
      }
      const entries = [...own]
      for (const e of merged) if (!entries.some((x) => x.key === e.key)) entries.push(e)
      return tagged({ kind: 'map', entries, at: where })
    }
    if (isSeq(node)) return tagged({ kind: 'seq', items: node.items.map((i) => walk(i, depth + 1)), at: where })
    if (isScalar(node)) return tagged({ kind: 'scalar', value: scalarValue(node.value), at: where })
    return { kind: 'scalar', value: null, at: where }
  }
  const root = file.doc.contents
  return isMap(root) ? walk(root, 0) : { kind: 'map', entries: [], at: { file: name, line: 1, column: 1 } }
}

function scalarValue(v: unknown): Scalar {
  if (v === null || v === undefined) return null
  if (typeof v === 'string' || typeof v === 'boolean') return v
  if (typeof v === 'number') return v
  if (typeof v === 'bigint') return String(v)
  return String(v)
}

/** The entry `key` of a map node, if any. */
export function entry(node: MNode | undefined, key: string): MEntry | undefined {
  return node?.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined
}

/** Plain JS of a node (for tests and for reading small parts such as `include:`). */
export function toPlain(node: MNode): unknown {
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(toPlain)
  const out: Record<string, unknown> = {}
  for (const e of node.entries) Object.defineProperty(out, e.key, { value: toPlain(e.value), enumerable: true, writable: true, configurable: true })
  return out
}
