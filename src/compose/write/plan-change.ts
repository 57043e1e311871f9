// Every text splice has a structural twin (the same change made to the parsed nodes), always undone after one read.
import { isMap, isSeq, Pair } from 'yaml'
import type { Document } from 'yaml'
import type { YamlPath } from '../types'
import { ownPair } from './plan-nodes'
import type { YNode } from './plan-nodes'

/** What a text splice did, in terms of nodes. Comparing the re-parsed text with it lets changes flow on through aliases. */
export type Change =
  /** The own node at `path` becomes `value`, keeping its anchor. */
  | { type: 'replace'; path: YamlPath; value: unknown }
  /** The own map at `path` gets `key: value` (at [] with no map: the empty document gets its first key). */
  | { type: 'insert'; path: YamlPath; key: string; value: unknown }
  /** The own sequence at `path` gets `value` at its end. */
  | { type: 'append'; path: YamlPath; value: unknown }
  /** The map pair or sequence item at `path` goes. */
  | { type: 'remove'; path: YamlPath }
  /** The map key at `path` becomes `key`. */
  | { type: 'rename'; path: YamlPath; key: string }

/** One text operation's outcome: the new text and its structural twin (null when the text is unchanged). */
export type Step = { ok: true; text: string; change: Change | null } | { ok: false; error: string }

export const done = (text: string, change: Change | null): Step => ({ ok: true, text, change })
export const unchanged = (text: string): Step => ({ ok: true, text, change: null })
export const fail = (error: string): Step => ({ ok: false, error })

/**
 * Reads `doc` as if `changes` were made to it in turn. They are made to the nodes in place and always undone before
 * returning (cloning the whole document costs more than parsing it), so callers never see a changed document.
 */
export function readChanged<T>(doc: Document.Parsed, changes: readonly Change[], read: (doc: Document.Parsed) => T): T {
  const undos: Array<() => void> = []
  try {
    for (const change of changes) undos.push(make(doc, change))
    return read(doc)
  } finally {
    for (let i = undos.length - 1; i >= 0; i--) undos[i]()
  }
}

/** Makes the change and returns how to undo it. */
function make(doc: Document.Parsed, change: Change): () => void {
  const { path } = change
  const node = (value: unknown) => doc.createNode(value, { aliasDuplicateObjects: false }) as unknown as YNode
  if (change.type === 'insert' && path.length === 0 && !isMap(doc.contents)) {
    const old = doc.contents
    doc.contents = node({ [change.key]: change.value })
    return () => void (doc.contents = old)
  }
  const parent = nodeAt(doc.contents, change.type === 'insert' || change.type === 'append' ? path : path.slice(0, -1))
  const seg = path[path.length - 1]
  if (change.type === 'insert' && isMap(parent)) return pushed(parent.items, new Pair(node(change.key), node(change.value)))
  if (change.type === 'append' && isSeq(parent)) return pushed(parent.items, node(change.value))
  if (isMap(parent)) {
    const pair = ownPair(parent, String(seg))
    if (!pair) throw new Error(`no key ${String(seg)} to change`)
    if (change.type === 'remove') return removed(parent.items, parent.items.indexOf(pair))
    const { key, value } = pair
    if (change.type === 'rename') pair.key = node(change.key)
    else if (change.type === 'replace') pair.value = withAnchor(node(change.value), value)
    return () => void Object.assign(pair, { key, value })
  }
  if (isSeq(parent) && typeof seg === 'number' && seg < parent.items.length) {
    if (change.type === 'remove') return removed(parent.items, seg)
    const old = parent.items[seg]
    if (change.type === 'replace') parent.items[seg] = withAnchor(node(change.value), old)
    return () => void (parent.items[seg] = old)
  }
  throw new Error(`nothing to change at ${path.join('.')}`)
}

function pushed<T>(items: T[], item: T): () => void {
  items.push(item)
  return () => void items.splice(items.indexOf(item), 1)
}

function removed<T>(items: T[], index: number): () => void {
  const [item] = items.splice(index, 1)
  return () => void items.splice(index, 0, item)
}

/** The text keeps an anchor written before the old value, so the new node keeps it too. */
function withAnchor(node: YNode, old: YNode | null): YNode {
  if (old?.anchor) node.anchor = old.anchor
  return node
}

/** The own node at `path`: the last pair with the key in a map, the item in a sequence. */
function nodeAt(root: YNode | null, path: YamlPath): YNode | null {
  let node = root
  for (const seg of path) {
    if (isMap(node)) node = ownPair(node, String(seg))?.value ?? null
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg] ?? null
    else return null
  }
  return node
}
