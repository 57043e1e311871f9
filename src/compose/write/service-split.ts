// A file cut into its services' lines and the text around them: joining lines back gives the file; a service's lines
// between the same surroundings (no other service) form a small file where that service reads as it does in the whole,
// and so do services that read one another (an alias of an anchor in another, `extends`) kept together.
import { isAlias, isMap, isScalar, visit } from 'yaml'
import type { Document, Node } from 'yaml'
import { isMergePair, ownPair, pairStart } from './plan-nodes'
import type { YMap, YPair } from './plan-nodes'
import { serviceExtents, servicesMap } from './plan-by-service'
import { indentCounts } from './plan-style'
import type { IndentCounts } from './plan-style'
import { lineStart } from './plan-text'

export interface ServiceSplit {
  /** The text before the first service's lines (top-level keys, `services:` and comments under it). */
  head: string
  /** The text after the last service's lines. */
  tail: string
  /** The tail without top-level `x-` keys holding no anchor (nor waiver comment): nothing in a service can refer to them. */
  tailAlone: string
  /** Each service's lines, from its key's line to the next service's key line, in document order. */
  services: ReadonlyArray<{ name: string; lines: string }>
  /**
   * The services that must be read together, in document order (of their first): one that aliases an anchor written in
   * another, or extends another in this file, goes with it; most services are a group of their own.
   */
  groups: ReadonlyArray<readonly string[]>
}

const splits = new WeakMap<Document.Parsed, ServiceSplit | null>()

/**
 * The split, or null when a service's lines are read from outside its group (an alias outside `services` of an anchor
 * inside, an anchor on `services` itself), for a flow `services:` map, a repeated service name or `services:` key.
 */
export function splitServices(file: { text: string; doc: Document.Parsed; data: Record<string, unknown> | null }): ServiceSplit | null {
  const known = splits.get(file.doc)
  if (known !== undefined) return known
  const split = cut(file)
  splits.set(file.doc, split)
  return split
}

/** The small file holding only the named services (a group, or one service) among the services. */
export function aloneText(split: ServiceSplit, names: string | readonly string[]): string | null {
  const wanted = typeof names === 'string' ? [names] : names
  const services = split.services.filter((s) => wanted.includes(s.name))
  return services.length === wanted.length ? split.head + services.map((s) => s.lines).join('') + split.tailAlone : null
}

/** The services' lines in a small file from {@link aloneText}, or null when the surroundings changed too. */
export function linesIn(split: ServiceSplit, alone: string): string | null {
  const { head, tailAlone } = split
  if (alone.length < head.length + tailAlone.length || !alone.startsWith(head) || !alone.endsWith(tailAlone)) return null
  return alone.slice(head.length, alone.length - tailAlone.length)
}

/** Each named service's lines in a parsed small file from {@link aloneText}, or null when anything else changed. */
export function partsIn(split: ServiceSplit, alone: { text: string; doc: Document.Parsed }, names: readonly string[]): Map<string, string> | null {
  const extents = linesIn(split, alone.text) === null ? null : serviceExtents(alone)
  if (!extents || extents.size !== names.length || names.some((n) => !extents.has(n))) return null
  return new Map(names.map((n) => [n, alone.text.slice(...(extents.get(n) as [number, number]))]))
}

/** The whole file with the given services' lines replaced. */
export function joinServices(split: ServiceSplit, lines: ReadonlyMap<string, string>): string {
  return split.head + split.services.map((s) => lines.get(s.name) ?? s.lines).join('') + split.tail
}

function cut(file: { text: string; doc: Document.Parsed; data: Record<string, unknown> | null }): ServiceSplit | null {
  const { text } = file
  const found = servicesMap(file)
  const extents = found && serviceExtents(file)
  if (!found || !extents || extents.size === 0) return null
  const { root, pair, map } = found
  if (root.items.filter((p) => isScalar(p.key) && p.key.value === 'services').length !== 1) return null
  if ((map as { anchor?: string }).anchor || (pair.key as { anchor?: string } | null)?.anchor) return null
  const groups = readTogether(root, pair, map, (file.data?.services ?? {}) as Record<string, unknown>)
  if (!groups) return null
  const ranges = [...extents.values()]
  const from = ranges[0][0]
  const to = ranges[ranges.length - 1][1]
  const services = [...extents].map(([name, [a, b]]) => ({ name, lines: text.slice(a, b) }))
  return { head: text.slice(0, from), tail: text.slice(to), tailAlone: tailAlone(text, root, root.items.indexOf(pair), to), services, groups }
}

/** The groups of services that read one another, or null when something outside the services reads into them. */
function readTogether(root: YMap, servicesPair: YPair, map: YMap, data: Record<string, unknown>): string[][] | null {
  const names = map.items.map((p) => String((p.key as { value?: unknown } | null)?.value))
  const anchors = new Map<string, number[]>()
  const aliases = names.map(() => new Set<string>())
  map.items.forEach((p, i) => {
    visit(p as unknown as Node, {
      Node: (_, n) => {
        const anchor = (n as { anchor?: string }).anchor
        if (anchor) anchors.set(anchor, [...(anchors.get(anchor) ?? []), i])
        if (isAlias(n)) aliases[i].add(n.source)
      },
    })
  })
  let outside = false
  for (const p of root.items) {
    if (p === servicesPair) continue
    visit(p as unknown as Node, { Alias: (_, n) => void (outside ||= anchors.has(n.source)) })
  }
  if (outside) return null
  const group = names.map((_, i) => i)
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])))
  const join = (a: number, b: number) => void (group[find(a)] = find(b))
  aliases.forEach((used, i) => used.forEach((a) => anchors.get(a)?.forEach((j) => join(i, j))))
  names.forEach((name, i) => {
    const ext = (data[name] as { extends?: unknown } | null | undefined)?.extends
    const target = typeof ext === 'string' ? ext : (ext as { service?: unknown; file?: unknown } | null | undefined)
    const base = typeof target === 'string' ? target : target && target.file === undefined && typeof target.service === 'string' ? target.service : undefined
    const j = base === undefined ? -1 : names.indexOf(base)
    if (j >= 0) join(i, j)
  })
  const out = new Map<number, string[]>()
  names.forEach((name, i) => out.set(find(i), [...(out.get(find(i)) ?? []), name]))
  return [...out.values()]
}

/** The text from `to` on, without the top-level `x-` keys after `services` that hold no anchor. */
function tailAlone(text: string, root: YMap, servicesIndex: number, to: number): string {
  const after = root.items.slice(servicesIndex + 1) as YPair[]
  let out = ''
  let at = to
  for (let i = 0; i < after.length; i++) {
    const start = lineStart(text, pairStart(after[i]))
    const end = i + 1 < after.length ? lineStart(text, pairStart(after[i + 1])) : text.length
    const key = after[i].key
    if (start < at || end < start) return text.slice(to)
    const waiver = text.slice(start, end).includes('secure-compose:')
    if (isScalar(key) && typeof key.value === 'string' && key.value.startsWith('x-') && !hasAnchor(after[i]) && !waiver) {
      out += text.slice(at, start)
      at = end
    }
  }
  return out + text.slice(at)
}

function hasAnchor(node: YPair | YMap): boolean {
  let anchored = false
  visit(node as unknown as Node, {
    Node: (_, n) => {
      anchored = Boolean((n as { anchor?: string }).anchor)
      return anchored ? visit.BREAK : undefined
    },
  })
  return anchored
}

/** The layout counts of one service's lines in a text (whole or alone), or null when it has no such service. */
export function serviceIndentCounts(text: string, doc: Document.Parsed, name: string): IndentCounts | null {
  const map = servicesMap({ doc })?.map
  const pair = map && ownPair(map, name)
  return pair ? indentCounts(text, pair) : null
}

/** True when the service is a non-empty block map of its own keys: no `<<` merge key, no alias standing for it. */
export function plainService(doc: Document.Parsed, name: string): boolean {
  const map = servicesMap({ doc })?.map
  const value = map && ownPair(map, name)?.value
  return isMap(value) && !value.flow && value.items.length > 0 && !value.items.some((p) => isMergePair(p as YPair))
}
