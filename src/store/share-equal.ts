// Structural sharing for the engine's answers: each answer arrives as new objects (JSON from the worker), but typing
// inside a value mostly leaves the findings, groups and report as they were. Keeping the previous objects wherever the
// new ones are equal lets selectors return the same reference, so React re-renders only what changed.

/**
 * `next`, with every part deep-equal to the same part of `prev` replaced by `prev`'s object (`prev` itself when all is
 * equal). For plain data only (objects, arrays, strings, numbers, booleans, null), as JSON gives.
 */
export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next
  if (Array.isArray(prev) !== Array.isArray(next)) return next
  if (Array.isArray(next)) {
    const before = prev as unknown[]
    let same = before.length === next.length
    let reused = false
    const out = next.map((item, i) => {
      const shared = i < before.length ? shareEqual(before[i], item) : item
      if (shared !== before[i]) same = false
      else reused = true
      return shared
    })
    return (same ? before : reused ? out : next) as T
  }
  const before = prev as Record<string, unknown>
  const after = next as Record<string, unknown>
  const keys = Object.keys(after)
  let same = keys.length === Object.keys(before).length
  let reused = false
  const out: Record<string, unknown> = {}
  for (const key of keys) {
    const had = Object.hasOwn(before, key)
    const shared = had ? shareEqual(before[key], after[key]) : after[key]
    if (!had || shared !== before[key]) same = false
    else if (typeof shared === 'object' && shared !== null) reused = true
    out[key] = shared
  }
  return (same ? before : reused ? out : next) as T
}
