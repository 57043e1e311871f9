// Scalar readers that understand compose's loose typing: interpolation, string booleans, string numbers. Never throw.
import { interpolationParts } from '../interpolate/scan'

/** A value whose meaning depends on the environment (`${VAR}` with no default) is `unknown`. */
export type Resolved<T> = { known: true; value: T } | { known: false }

const UNKNOWN = { known: false } as const
const known = <T>(value: T): Resolved<T> => ({ known: true, value })

/** True when the string holds `${…}` or `$NAME` interpolation (`$$` is an escaped dollar, not interpolation). */
export function isInterpolated(value: unknown): boolean {
  return typeof value === 'string' && /\$(\{|[A-Za-z_])/.test(value.replace(/\$\$/g, ''))
}

/**
 * Resolves interpolation using defaults only: `${MEM:-512m}` → '512m'; `${VAR}` → unknown;
 * `$$` → '$'; defaults may nest (`${A:-${B:-x}}` → 'x'). `${VAR:?err}` and `${VAR:+alt}` are unknown.
 */
export function interpolate(value: string): Resolved<string> {
  if (!value.includes('$')) return known(value)
  const out = resolveDefaults(value, undefined)
  return out === undefined ? UNKNOWN : known(out)
}

/**
 * Like `interpolate`, but keeps what is known: each variable without a default (and an unclosed `${`, with all that
 * follows it) becomes `placeholder`. `${PG:-16}-alpine` → '16-alpine', `${PG}-alpine` → '*-alpine' with '*': an image
 * tag that is partly known still tells the variant.
 */
export function interpolatePartially(value: string, placeholder: string): string {
  return value.includes('$') ? (resolveDefaults(value, placeholder) as string) : value
}

/** The one reading of both: undefined at the first unknown part when there is no placeholder for it. */
function resolveDefaults(value: string, placeholder: string | undefined): string | undefined {
  let out = ''
  for (const part of interpolationParts(value)) {
    if (part.kind === 'text') out += part.text
    else if (part.kind === 'escaped') out += '$'
    else if (part.kind === 'unclosed') return placeholder === undefined ? undefined : out + placeholder
    else {
      // Only a default (`${NAME:-d}`, `${NAME-d}`) is known without the environment; it may itself interpolate.
      const hasDefault = part.kind === 'braced' && part.name !== null && (part.op === '-' || part.op === ':-')
      const resolved = hasDefault ? resolveDefaults(part.arg, placeholder) : placeholder
      if (resolved === undefined) return undefined
      out += resolved
    }
  }
  return out
}

/** A scalar as a string after interpolation; non-scalars are unknown. */
export function toText(value: unknown): Resolved<string> {
  if (value === undefined || value === null) return UNKNOWN
  if (typeof value === 'string') return interpolate(value)
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return known(String(value))
  return UNKNOWN
}

/** YAML booleans, and the strings Go's strconv.ParseBool accepts ("true", "1", "False", …). */
export function toBool(value: unknown): Resolved<boolean> {
  if (typeof value === 'boolean') return known(value)
  const t = toText(value)
  if (!t.known) return UNKNOWN
  const s = t.value.trim()
  if (/^(true|t|1|yes|y|on)$/i.test(s)) return known(true)
  if (/^(false|f|0|no|n|off)$/i.test(s)) return known(false)
  return UNKNOWN
}

/** Numbers and numeric strings ("100", "1.5"); anything else is unknown. */
export function toNumber(value: unknown): Resolved<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? known(value) : UNKNOWN
  const t = toText(value)
  if (!t.known) return UNKNOWN
  const s = t.value.trim()
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return UNKNOWN
  return known(Number(s))
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, t: 1024 ** 4, tb: 1024 ** 4 }

/** Byte sizes as compose writes them: 512m, 1G, "1.5gb", 1073741824. */
export function toBytes(value: unknown): Resolved<number> {
  if (typeof value === 'number') return known(value)
  const t = toText(value)
  if (!t.known) return UNKNOWN
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?b?)\s*$/i.exec(t.value)
  if (!m) return UNKNOWN
  return known(Math.round(Number(m[1]) * UNITS[m[2].toLowerCase()]))
}

/** Splits on `sep`, but never inside `${…}` (so `${SOCK:-/run/docker.sock}:/sock` stays two parts). */
export function splitOutside(value: string, sep: string): string[] {
  const parts: string[] = []
  let depth = 0
  let cur = ''
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (ch === '$' && value[i + 1] === '{') { depth++; cur += '${'; i++; continue }
    if (ch === '}' && depth > 0) depth--
    if (ch === sep && depth === 0) { parts.push(cur); cur = ''; continue }
    cur += ch
  }
  parts.push(cur)
  return parts
}

/** The text with each `${…}` masked (same length, so offsets carry over): a `:` in `${DIR:-/tmp}` is not a separator. */
export function maskInterpolation(raw: string): string {
  return raw.replace(/\$\{[^}]*\}/g, (m) => 'X'.repeat(m.length))
}

/** A volume or device spec split on ':' outside `${…}`, with a Windows drive kept with its path (`C:\\data:/data`). */
export function splitColons(value: string): string[] {
  const parts = splitOutside(value, ':')
  if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0]) && /^[\\/]/.test(parts[1])) parts.splice(0, 2, `${parts[0]}:${parts[1]}`)
  return parts
}

/** A plain object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
}

/** A list as items; a single scalar counts as a one-item list (compose allows `tmpfs: /run`). */
export function asList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value
  if (value === undefined || value === null) return []
  return [value]
}

/** Own-property read that ignores inherited object members (`constructor`, `__proto__`). */
export function get(obj: unknown, ...path: string[]): unknown {
  let cur: unknown = obj
  for (const key of path) {
    const o = asObject(cur)
    if (!o || !Object.prototype.hasOwnProperty.call(o, key)) return undefined
    cur = o[key]
  }
  return cur
}
