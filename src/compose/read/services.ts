// Services as the rules see them: own keys over merge keys over same-file `extends`, each value locatable in the text.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { Alias, Document, LineCounter, Node, Pair, YAMLMap } from 'yaml'
import type { ComposeFile, Located, Origin, Pos, ServiceView, YamlPath } from '../types'
import { extendsBase, mergeExtends } from './extends'

type Doc = Document.Parsed

const resolved = new WeakMap<Alias, unknown>()

/** An alias's anchored node. yaml's own resolve walks the whole document each time, so each alias is resolved once. */
export function resolveAlias(alias: Alias, doc: Doc): unknown {
  if (resolved.has(alias)) return resolved.get(alias)
  const node = alias.resolve(doc)
  resolved.set(alias, node)
  return node
}

/** True for a `<<` merge key (the yaml package gives it a symbol value when merge keys are on). */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && (typeof key.value === 'symbol' || key.value === '<<')
}

/** The key of a pair as a string, or undefined for merge keys and complex keys. */
export function keyName(pair: Pair): string | undefined {
  const k = pair.key
  if (isScalar(k) && typeof k.value !== 'symbol') return String(k.value)
  if (typeof k === 'string' || typeof k === 'number') return String(k)
  return undefined
}

export function findOwnPair(map: YAMLMap, key: string): Pair | undefined {
  for (let i = map.items.length - 1; i >= 0; i--) {
    const p = map.items[i]
    if (keyName(p) === key) return p
  }
  return undefined
}

/** The maps a `<<` key merges in, in precedence order, with the anchor each came through. */
export function mergeSources(map: YAMLMap, doc: Doc): Array<{ map: YAMLMap; anchor?: string }> {
  const out: Array<{ map: YAMLMap; anchor?: string }> = []
  for (const p of map.items) {
    if (!isMergeKey(p.key)) continue
    const items = isSeq(p.value) ? p.value.items : [p.value]
    for (const item of items) {
      const target = isAlias(item) ? resolveAlias(item, doc) : item
      if (isMap(target)) out.push({ map: target, anchor: isAlias(item) ? item.source : undefined })
    }
  }
  return out
}

/**
 * True when a `<<` merge source of the service (followed through nested merges) also sets `key`: the service's own
 * key then only hides it, and deleting the own key would bring the anchor's value back.
 */
export function mergedKeyBelow(doc: Doc, serviceName: string, key: string): boolean {
  let node: unknown = doc.getIn(['services', serviceName], true)
  if (isAlias(node)) node = resolveAlias(node, doc)
  if (!isMap(node)) return false
  const seen = new Set<YAMLMap>()
  const walk = (map: YAMLMap, depth: number): boolean => mergeSources(map, doc).some(({ map: src }) => {
    if (seen.has(src) || depth > 20) return false
    seen.add(src)
    return findOwnPair(src, key) !== undefined || walk(src, depth + 1)
  })
  return walk(node, 0)
}

/** {@link mergedKeyBelow} for a service of a parsed file: deleting its own `key` would let a merged one back in. */
export function alsoMerged(file: ComposeFile, service: ServiceView, key: string): boolean {
  return mergedKeyBelow(file.doc, service.name, key)
}

/** True when the whole service is an alias (`app: *base`): the first `set` on it copies the anchored map onto the service. */
export function isAliasedService(file: ComposeFile, service: ServiceView): boolean {
  const root = file.doc.contents
  const services = isMap(root) ? findOwnPair(root, 'services')?.value : undefined
  const pair = isMap(services) ? findOwnPair(services, service.name) : undefined
  return pair !== undefined && isAlias(pair.value)
}

interface Step { node: unknown; origin: Origin; anchor?: string; at?: Node }

/** Follows one path segment from a node, through aliases and merge keys. */
function step(cur: Step, seg: string | number, doc: Doc, depth = 0): Step | undefined {
  let node = cur.node
  let { origin, anchor } = cur
  if (isAlias(node)) {
    anchor = node.source
    origin = 'merge'
    node = resolveAlias(node, doc)
  }
  if (isMap(node)) {
    const key = String(seg)
    const own = findOwnPair(node, key)
    if (own) return { node: own.value, origin, anchor, at: (own.key as Node) ?? undefined }
    if (depth > 20) return undefined
    for (const src of mergeSources(node, doc)) {
      const found = step({ node: src.map, origin: 'merge', anchor: src.anchor ?? anchor }, seg, doc, depth + 1)
      if (found) return found
    }
    return undefined
  }
  if (isSeq(node) && typeof seg === 'number') {
    const item = node.items[seg]
    if (item === undefined) return undefined
    return { node: item, origin, anchor, at: (isPair(item) ? item.key : item) as Node }
  }
  return undefined
}

export function resolveServices(doc: Doc, lineCounter: LineCounter, data: Record<string, unknown>): ServiceView[] {
  const root = doc.contents
  const services = data.services as Record<string, unknown> | null | undefined
  if (!isMap(root) || !services) return []
  const servicesPair = findOwnPair(root, 'services')
  let servicesNode: unknown = servicesPair?.value
  if (isAlias(servicesNode)) servicesNode = resolveAlias(servicesNode, doc)
  if (!isMap(servicesNode)) return []

  const posOf = (offset: number): Pos => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col, offset }
  }
  const views: ServiceView[] = []
  for (const pair of servicesNode.items) {
    const name = keyName(pair)
    if (name === undefined) continue
    const own = services[name]
    const ownData = own && typeof own === 'object' && !Array.isArray(own) ? (own as Record<string, unknown>) : {}
    const base = extendsBase(name, services)
    const resolved = base ? mergeExtends(base.data, ownData) : ownData
    const keyPos = posOf((pair.key as Node).range?.[0] ?? 0)
    const start: Step = { node: pair.value, origin: 'own' }
    const ownKeys = new Set<string>()
    const valueNode = isAlias(pair.value) ? resolveAlias(pair.value, doc) : pair.value
    if (isMap(valueNode)) for (const p of valueNode.items) { const k = keyName(p); if (k !== undefined) ownKeys.add(k) }
    if (isAlias(pair.value)) ownKeys.clear()
    const inheritedKeys = new Set(Object.keys(resolved).filter((k) => !ownKeys.has(k)))

    const locate = (path: YamlPath): Located | undefined => {
      let cur: Step | undefined = start
      for (const seg of path) {
        cur = step(cur, seg, doc)
        if (!cur) break
      }
      if (cur && cur.at?.range) return { pos: posOf(cur.at.range[0]), origin: cur.origin, anchor: cur.anchor }
      if (base && hasPath(resolved, path)) return { pos: keyPos, origin: 'extends', from: base.from }
      return undefined
    }
    const itemPath = (key: string, index: number): YamlPath | null =>
      base ? ownListPath([key, index], resolved, ownData) : [key, index]
    views.push({ name, keyPos, data: resolved, locate, itemPath, inheritedKeys })
  }
  return views
}

/**
 * With `extends`, a list the service sees is the base's items followed by its own, so a resolved index is
 * not an index into the text. Maps it onto the service's own list, or null when the item comes from the base.
 */
function ownListPath(path: YamlPath, resolved: Record<string, unknown>, own: Record<string, unknown>): YamlPath | null {
  const [key, index] = path
  if (typeof key !== 'string' || typeof index !== 'number') return path
  const list = Object.prototype.hasOwnProperty.call(resolved, key) ? resolved[key] : undefined
  const ownList = Object.prototype.hasOwnProperty.call(own, key) ? own[key] : undefined
  if (!Array.isArray(list) || list === ownList) return path
  if (!Array.isArray(ownList)) return null
  const id = (v: unknown) => JSON.stringify(v)
  const j = ownList.findIndex((item) => id(item) === id(list[index]))
  return j < 0 ? null : [key, j, ...path.slice(2)]
}

function hasPath(value: unknown, path: YamlPath): boolean {
  let cur: unknown = value
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return false
    if (!Object.prototype.hasOwnProperty.call(cur, seg)) return false
    cur = (cur as Record<string | number, unknown>)[seg]
  }
  return true
}
