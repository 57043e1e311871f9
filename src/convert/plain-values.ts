// Reading a Compose value that may be any YAML (a string, a number, a list, a map): never throws, whatever the user wrote.

/** A scalar as text; a collection as JSON (a map may hold keys such as toString, so String() is not safe on it). */
export function text(v: unknown): string {
  if (typeof v === 'string') return v
  if (v === null || v === undefined) return ''
  return typeof v === 'object' ? JSON.stringify(v) : String(v)
}

/** A list as its items; one value as a list of it; nothing as an empty list. */
export function items(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === null || v === undefined ? [] : [v]
}

export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
