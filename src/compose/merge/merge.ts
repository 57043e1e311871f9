// Merges an override file's model over a base, as `docker compose -f base -f override` does (Compose Specification,
// "Merge and override": https://github.com/compose-spec/compose-spec/blob/main/13-merge.md). Pure; never throws.
import type { MEntry, MNode } from './model'
import { uniqueKey } from './unique-keys'

/** `services.<name>.…` paths whose sequences the later file replaces (spec: "Shell commands"). */
const REPLACED = new Set(['command', 'entrypoint', 'healthcheck.test'])
/** Service attributes that are mappings whatever the syntax (`KEY=VALUE` lists become keys), as compose-go merges them. */
const AS_MAPPING = new Set(['environment', 'labels', 'annotations', 'sysctls', 'extra_hosts', 'build.args', 'build.labels', 'deploy.labels'])
/** A list of names or a mapping of names to options: merged as a mapping when either file writes a mapping. */
const NAMES_OR_MAPPING = new Set(['networks', 'depends_on'])

/** The merged model of `base` and `over`; keys tagged `!reset` are gone, `!override` values replace. */
export function mergeModels(base: MNode, over: MNode): MNode {
  return mergeNode(base, over, []) ?? { kind: 'map', entries: [], at: base.at }
}

/** A model with no merge partner: `!reset` keys removed, tags dropped (what a single file means). */
export function settle(node: MNode): MNode | undefined {
  if (node.tag === 'reset') return undefined
  if (node.kind === 'scalar') return node.tag ? { ...node, tag: undefined } : node
  if (node.kind === 'seq') return { kind: 'seq', at: node.at, items: node.items.flatMap((i) => settle(i) ?? []) }
  return { kind: 'map', at: node.at, entries: node.entries.flatMap((e) => { const v = settle(e.value); return v ? [{ ...e, value: v }] : [] }) }
}

/** The attribute path inside a service (`healthcheck.test`), or undefined outside `services.<name>`. */
function servicePath(path: readonly string[]): string | undefined {
  return path[0] === 'services' && path.length > 2 ? path.slice(2).join('.') : undefined
}

function mergeNode(base: MNode, over: MNode, path: readonly string[]): MNode | undefined {
  if (over.tag === 'reset') return undefined
  if (over.tag === 'override') return settle({ ...over, tag: undefined })
  // An attribute written empty (`environment:`) adds nothing; it does not erase what the base set.
  if (over.kind === 'scalar' && over.value === null && base.kind !== 'scalar') return settle(base)
  const attr = servicePath(path)
  if (attr !== undefined && REPLACED.has(attr)) return settle(over)
  if (attr !== undefined && AS_MAPPING.has(attr)) {
    const style = attr === 'extra_hosts' ? 'host' : 'env'
    return mergeMaps(asMapping(base, style), asMapping(over, style), path)
  }
  if (attr !== undefined && NAMES_OR_MAPPING.has(attr) && (base.kind === 'map' || over.kind === 'map')) return mergeMaps(asMapping(base, 'names'), asMapping(over, 'names'), path)
  if (attr === 'logging' && base.kind === 'map' && over.kind === 'map' && differentDrivers(base, over)) return settle(over)
  if (attr !== undefined && path.length === 4 && path[2] === 'ulimits') return settle(over)
  if (base.kind === 'map' && over.kind === 'map') return mergeMaps(base, over, path)
  if (base.kind === 'seq' && over.kind === 'seq') return mergeSeqs(base, over, attr)
  return settle(over)
}

function mergeMaps(base: MNode, over: MNode, path: readonly string[]): MNode {
  if (base.kind !== 'map' || over.kind !== 'map') return settle(over) ?? over
  const out: MEntry[] = base.entries.flatMap((e) => { const v = settle(e.value); return v ? [{ ...e, value: v }] : [] })
  for (const e of over.entries) {
    const i = out.findIndex((x) => x.key === e.key)
    const baseEntry = i >= 0 ? base.entries.find((x) => x.key === e.key) : undefined
    const merged = baseEntry ? mergeNode(baseEntry.value, e.value, [...path, e.key]) : settle(e.value)
    if (i >= 0 && !merged) out.splice(i, 1)
    else if (i >= 0 && merged) out[i] = { key: e.key, keyAt: [...out[i].keyAt, ...e.keyAt], value: merged }
    else if (merged) out.push({ ...e, value: merged })
  }
  return { kind: 'map', at: base.at, entries: out }
}

/** Appends, except that an item sharing a unique key (spec: "Unique resources") or equal to one replaces it in place. */
function mergeSeqs(base: MNode, over: MNode, attr: string | undefined): MNode {
  if (base.kind !== 'seq' || over.kind !== 'seq') return over
  const keyOf = (n: MNode) => uniqueKey(attr, n) ?? `=${JSON.stringify(plainish(n))}`
  const out = base.items.flatMap((i) => settle(i) ?? [])
  for (const item of over.items) {
    const settled = settle(item)
    if (!settled) continue
    const k = keyOf(settled)
    const i = out.findIndex((x) => keyOf(x) === k)
    if (i < 0) out.push(settled)
    else out[i] = out[i].kind === 'map' && settled.kind === 'map' ? mergeMaps(out[i], settled, []) : settled
  }
  return { kind: 'seq', at: base.at, items: out }
}

function plainish(n: MNode): unknown {
  if (n.kind === 'scalar') return n.value
  if (n.kind === 'seq') return n.items.map(plainish)
  return n.entries.map((e) => [e.key, plainish(e.value)])
}

/** A `KEY=VALUE` (or, for name lists, `name`) sequence as a mapping; a mapping stays as it is. */
function asMapping(node: MNode, style: 'env' | 'host' | 'names'): MNode {
  if (node.kind !== 'seq') return node
  const entries: MEntry[] = []
  for (const item of node.items) {
    if (item.kind !== 'scalar' || item.value === null) continue
    const text = String(item.value)
    const cut = style === 'names' ? -1 : cutAt(text, style)
    const key = cut < 0 ? text : text.slice(0, cut)
    const value: MNode = { kind: 'scalar', value: cut < 0 ? null : text.slice(cut + 1), at: item.at, ...(item.tag ? { tag: item.tag } : {}) }
    const i = entries.findIndex((e) => e.key === key)
    if (i >= 0) entries.splice(i, 1)
    entries.push({ key, keyAt: [item.at], value })
  }
  return { kind: 'map', at: node.at, entries }
}

/** `KEY=VALUE` splits at its first `=`; an extra host may also be written `host:ip`. */
function cutAt(text: string, style: 'env' | 'host'): number {
  const eq = text.indexOf('=')
  if (eq >= 0 || style === 'env') return eq
  const colon = text.indexOf(':')
  return colon > 0 && /^[A-Za-z0-9.-]+$/.test(text.slice(0, colon)) && /[\d:.]/.test(text.slice(colon + 1)) ? colon : -1
}

function differentDrivers(base: MNode, over: MNode): boolean {
  const driver = (n: MNode) => (n.kind === 'map' ? n.entries.find((e) => e.key === 'driver')?.value : undefined)
  const a = driver(base)
  const b = driver(over)
  return a?.kind === 'scalar' && b?.kind === 'scalar' && a.value !== b.value
}

/** A service over the service it `extends` (the same rules as an override file's service over the base's). */
export function mergeService(base: MNode, own: MNode): MNode {
  return mergeNode(base, own, ['services', '']) ?? own
}
