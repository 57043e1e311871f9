// Renders a model as block YAML and remembers, for each line written, the source key and value it came from: the rules
// read the rendered text, and each finding's line and column are mapped back through `lines`.
import type { MEntry, MNode, Scalar, Src } from './model'

/** Where a rendered line came from: its key (or sequence item) and, on the same line, its scalar value. */
export interface LineOrigin {
  key: Src
  value?: Src
  /** 1-based column of the value on the rendered line. */
  valueColumn?: number
}

/** A waiver comment of a source file, to be written again above the line it waives (or at the top: ignore-file). */
export interface CarriedComment {
  /** The comment as written, from its `#`. */
  text: string
  /** Where the comment itself was written. */
  at: Src
  /** The source line it waives (file and line; column ignored); undefined for ignore-file. */
  target?: Src
}

export interface Rendered {
  text: string
  /** lines[n] is the origin of rendered line n (1-based); undefined for lines that are structure only. */
  lines: Array<LineOrigin | undefined>
}

const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9_.\-/]*$/
const RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~|[-+]?\d[\d_.eE+-]*|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i

export function renderKey(key: string): string {
  return PLAIN_KEY.test(key) && !RESERVED.test(key) ? key : JSON.stringify(key)
}

export function renderScalar(value: Scalar): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf'
  return JSON.stringify(value)
}

export function render(model: MNode, comments: readonly CarriedComment[] = []): Rendered {
  const out: string[] = []
  const lines: Array<LineOrigin | undefined> = [undefined]
  const byTarget = new Map<string, CarriedComment[]>()
  for (const c of comments) if (c.target) byTarget.set(srcKey(c.target), [...(byTarget.get(srcKey(c.target)) ?? []), c])
  const written = new Set<CarriedComment>()
  const push = (text: string, origin: LineOrigin | undefined) => { out.push(text); lines.push(origin) }
  const commentsFor = (srcs: readonly Src[], indent: number) => {
    for (const s of srcs) for (const c of byTarget.get(srcKey(s)) ?? []) {
      if (written.has(c)) continue
      written.add(c)
      push(`${' '.repeat(indent)}${c.text}`, { key: c.at })
    }
  }
  for (const c of comments) if (!c.target) push(c.text, { key: c.at })

  const block = (node: MNode, indent: number): void => {
    if (node.kind === 'map') for (const e of node.entries) entry(e, indent)
    else if (node.kind === 'seq') for (const item of node.items) seqItem(item, indent)
  }
  const entry = (e: MEntry, indent: number) => {
    commentsFor(e.keyAt, indent)
    const pad = ' '.repeat(indent)
    const key = renderKey(e.key)
    const v = e.value
    if (v.kind === 'scalar') {
      push(`${pad}${key}: ${renderScalar(v.value)}`, { key: e.keyAt[0], value: v.at, valueColumn: indent + key.length + 3 })
    } else if (isEmpty(v)) {
      push(`${pad}${key}: ${v.kind === 'map' ? '{}' : '[]'}`, { key: e.keyAt[0], value: v.at, valueColumn: indent + key.length + 3 })
    } else {
      push(`${pad}${key}:`, { key: e.keyAt[0] })
      block(v, indent + 2)
    }
  }
  const seqItem = (item: MNode, indent: number) => {
    commentsFor([item.at], indent)
    const pad = ' '.repeat(indent)
    if (item.kind === 'scalar' || isEmpty(item)) {
      const text = item.kind === 'scalar' ? renderScalar(item.value) : item.kind === 'map' ? '{}' : '[]'
      push(`${pad}- ${text}`, { key: item.at, value: item.at, valueColumn: indent + 3 })
      return
    }
    // The item's first line carries the dash: `- key: value` (its columns stay those of the nested block).
    const first = out.length
    block(item, indent + 2)
    const at = out.findIndex((l, i) => i >= first && !l.trimStart().startsWith('#'))
    if (at >= 0) out[at] = `${pad}- ${out[at].slice(indent + 2)}`
  }
  block(model, 0)
  return { text: `${out.join('\n')}\n`, lines }
}

const isEmpty = (n: MNode) => (n.kind === 'map' ? n.entries.length === 0 : n.kind === 'seq' ? n.items.length === 0 : false)

const srcKey = (s: Src) => `${s.file}\u0000${s.line}`

/** The source of a rendered line and column: the value when the column is at or after it, else the key. */
export function sourceOf(rendered: Rendered, line: number, column: number): Src | undefined {
  for (let n = Math.min(line, rendered.lines.length - 1); n >= 1; n--) {
    const o = rendered.lines[n]
    if (!o) continue
    if (n === line && o.value && o.valueColumn !== undefined && column >= o.valueColumn) return o.value
    return o.key
  }
  return undefined
}
