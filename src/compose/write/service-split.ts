// A file cut into its services' lines and the text around them: joining lines back gives the file; a service's lines
// between the same surroundings (no other service) form a small file where that service reads as it does in the whole.
import { isMap, isScalar, visit } from 'yaml'
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
}

const splits = new WeakMap<Document.Parsed, ServiceSplit | null>()

/**
 * The split, or null when a service may read another one: a service holds an anchor (others may alias it) or any
 * service uses `extends`; also for a flow `services:` map, a repeated service name or a repeated `services:` key.
 */
export function splitServices(file: { text: string; doc: Document.Parsed; data: Record<string, unknown> | null }): ServiceSplit | null {
  const known = splits.get(file.doc)
  if (known !== undefined) return known
  const split = cut(file)
  splits.set(file.doc, split)
  return split
}

/** The small file holding only `name` among the services. */
export function aloneText(split: ServiceSplit, name: string): string | null {
  const service = split.services.find((s) => s.name === name)
  return service ? split.head + service.lines + split.tailAlone : null
}

/** A service's lines in a small file from {@link aloneText}, or null when the surroundings changed too. */
export function linesIn(split: ServiceSplit, alone: string): string | null {
  const { head, tailAlone } = split
  if (alone.length < head.length + tailAlone.length || !alone.startsWith(head) || !alone.endsWith(tailAlone)) return null
  return alone.slice(head.length, alone.length - tailAlone.length)
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
  if (hasAnchor(map)) return null
  const data = (file.data?.services ?? {}) as Record<string, unknown>
  for (const name of extents.keys()) {
    const service = data[name]
    if (service !== null && typeof service === 'object' && 'extends' in service) return null
  }
  const ranges = [...extents.values()]
  const from = ranges[0][0]
  const to = ranges[ranges.length - 1][1]
  const services = [...extents].map(([name, [a, b]]) => ({ name, lines: text.slice(a, b) }))
  return { head: text.slice(0, from), tail: text.slice(to), tailAlone: tailAlone(text, root, root.items.indexOf(pair), to), services }
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
