// Plain-data helpers for plans: copy-on-write updates along a path, reads, appends, and a bounded deep equality.
import type { YamlPath } from '../types'
import { isPlainObject } from './plan-render'

type Updated = { ok: true; value: unknown } | { ok: false; error: string }

/** `base` with `leaf(old)` written at `path`; missing maps on the way are created, sequences never are. */
export function updateIn(base: unknown, path: YamlPath, leaf: (current: unknown) => unknown): Updated {
  if (path.length === 0) return { ok: true, value: leaf(base) }
  const [seg, ...rest] = path
  if (base === undefined || base === null) {
    if (typeof seg === 'number') return { ok: false, error: `there is no sequence to hold item [${seg}]` }
    const inner = updateIn(undefined, rest, leaf)
    return inner.ok ? { ok: true, value: { [seg]: inner.value } } : inner
  }
  if (Array.isArray(base)) {
    if (typeof seg !== 'number' || seg < 0 || seg >= base.length) return { ok: false, error: `the sequence has no item ${JSON.stringify(seg)}` }
    const inner = updateIn(base[seg], rest, leaf)
    return inner.ok ? { ok: true, value: base.map((v, i) => (i === seg ? inner.value : v)) } : inner
  }
  if (isPlainObject(base)) {
    const inner = updateIn(base[String(seg)], rest, leaf)
    return inner.ok ? { ok: true, value: { ...base, [String(seg)]: inner.value } } : inner
  }
  return { ok: false, error: `the value ${JSON.stringify(base)} is a scalar and has no ${JSON.stringify(seg)}` }
}

export function getIn(base: unknown, path: YamlPath): unknown {
  let cur = base
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg]
    else if (isPlainObject(cur) && Object.prototype.hasOwnProperty.call(cur, String(seg))) cur = cur[String(seg)]
    else return undefined
  }
  return cur
}

/** A sequence with `value` at the end: an existing sequence, an empty slot, or a scalar that becomes the first item. */
export function appended(current: unknown, value: unknown): unknown[] {
  if (Array.isArray(current)) return [...current, value]
  return current === undefined || current === null ? [value] : [current, value]
}

/** Deep equality of plain data (key order ignored). Data too large to compare (alias-heavy files) counts as equal. */
export function sameData(a: unknown, b: unknown, budget = { left: 2_000_000 }): boolean {
  if (budget.left-- <= 0 || a === b) return true
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b)
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameData(v, b[i], budget))
  if (!isPlainObject(a) || !isPlainObject(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData(a[k], b[k], budget))
}
