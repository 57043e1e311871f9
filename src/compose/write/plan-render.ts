// Renders JS values as YAML text that re-parses to the same value: a string is quoted whenever plain style could be misread.
import { parse } from 'yaml'
import type { Style } from './plan-style'
import { pad } from './plan-text'

/** YAML source already written in the file, re-used verbatim (keeps the user's quoting). */
export class Raw {
  readonly source: string
  constructor(source: string) {
    this.source = source
  }
}

export type QuoteStyle = 'plain' | 'single' | 'double'

type PlainObject = Record<string, unknown>

export function isPlainObject(v: unknown): v is PlainObject {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const proto = Object.getPrototypeOf(v) as unknown
  return proto === Object.prototype || proto === null
}

/** A collection with entries: the only kind of value that needs block lines. */
export function isNonEmptyCollection(v: unknown): v is unknown[] | PlainObject {
  return Array.isArray(v) ? v.length > 0 : isPlainObject(v) && Object.keys(v).length > 0
}

/** Why `value` cannot be written as YAML, or null when it can (plain JSON-like data). */
export function unsupportedValue(value: unknown, depth = 0): string | null {
  if (depth > 64) return 'the value is nested too deeply (or is circular)'
  if (value === null || value instanceof Raw) return null
  const t = typeof value
  if (t === 'string' || t === 'boolean' || t === 'number' || t === 'bigint') return null
  if (Array.isArray(value) || isPlainObject(value)) {
    for (const v of Object.values(value)) {
      const problem = unsupportedValue(v, depth + 1)
      if (problem) return problem
    }
    return null
  }
  return `values of type ${value === undefined ? 'undefined' : t === 'object' ? (value as object).constructor?.name ?? 'object' : t} cannot be written as YAML`
}

export function renderScalar(value: unknown, flow: boolean, quote: QuoteStyle = 'plain'): string {
  if (value instanceof Raw) return value.source
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return String(value)
    return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf'
  }
  if (typeof value !== 'string') return String(value)
  if (quote === 'single' && !hasUnprintable(value)) return `'${value.replace(/'/g, "''")}'`
  if (quote === 'plain' && isPlainSafe(value, flow)) return value
  return doubleQuoted(value)
}

/** True when the string, written plain, reads back as the same string in YAML 1.2 and 1.1 parsers alike. */
export function isPlainSafe(s: string, flow: boolean): boolean {
  if (s === '' || s !== s.trim() || s === '<<') return false
  if (hasUnprintable(s) || /:(\s|$)|\s#|^#/.test(s) || (flow && /[:#]/.test(s))) return false
  // Port and user mappings (8080:80, 127.0.0.1:80:80, 1000:1000) are quoted by convention: YAML 1.1 reads some as base 60.
  if (/:/.test(s) && /^[\d.:[\]/\-a-fA-F]*$/.test(s) && /\d/.test(s)) return false
  if (/^[,[\]{}&*!|>'"%@`]/.test(s) || /^[-?](\s|$)/.test(s)) return false
  if (flow && /[,[\]{}]/.test(s)) return false
  return readsBackPlain(s)
}

/** Harden writes the same few values (ALL, true, 512m) into every service: each is parsed twice only once. */
const plainSafe = new Map<string, boolean>()

function readsBackPlain(s: string): boolean {
  let safe = plainSafe.get(s)
  if (safe === undefined) {
    try {
      safe = parse(s) === s && parse(s, { version: '1.1' }) === s
    } catch {
      safe = false
    }
    if (plainSafe.size >= 10_000) plainSafe.clear()
    plainSafe.set(s, safe)
  }
  return safe
}

/** Control characters, tabs, line breaks, NEL, line/paragraph separators and BOM: only double quotes can hold them safely. */
function hasUnprintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || c === 0xfeff) return true
  }
  return false
}

function doubleQuoted(s: string): string {
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A value on one line: a scalar, or a collection in flow style (`{a: 1}`, `[x]`, `{}`, `[]`). */
export function renderInline(value: unknown, flow: boolean, quote?: QuoteStyle): string {
  if (Array.isArray(value)) return `[${value.map((v) => renderInline(v, true)).join(', ')}]`
  if (isPlainObject(value)) return `{${Object.entries(value).map(([k, v]) => `${renderScalar(k, true)}: ${renderInline(v, true)}`).join(', ')}}`
  return renderScalar(value, flow, quote)
}

/** Block lines (at column 0) for a non-empty collection. */
export function renderBlock(value: unknown[] | PlainObject, style: Style): string[] {
  if (!Array.isArray(value)) return Object.entries(value).flatMap(([k, v]) => renderEntry(k, v, style))
  return value.flatMap((item) => {
    if (!isNonEmptyCollection(item)) return [`- ${renderInline(item, false)}`]
    const [first, ...rest] = renderBlock(item, style)
    return [`- ${first}`, ...rest.map((line) => `  ${line}`)]
  })
}

/** Block lines (at column 0) for `key: value`, nested collections indented in the file's habit. */
export function renderEntry(key: string, value: unknown, style: Style): string[] {
  const k = renderScalar(key, true)
  if (!isNonEmptyCollection(value)) return [`${k}: ${renderInline(value, false)}`]
  const shift = pad(Array.isArray(value) ? style.seqIndent : style.indent)
  return [`${k}:`, ...renderBlock(value, style).map((line) => shift + line)]
}
