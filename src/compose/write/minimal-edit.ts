// minimalEdit(a, b) is the single splice that turns a into b: common prefix and suffix kept, never splitting a CRLF or a surrogate pair.
import type { TextEdit } from '../types'

/** The smallest single splice of `a` that yields `b`, or null when they are equal. */
export function minimalEdit(a: string, b: string): TextEdit | null {
  if (a === b) return null
  const max = Math.min(a.length, b.length)
  let start = 0
  while (start < max && a.charCodeAt(start) === b.charCodeAt(start)) start++
  if (splitsPair(a, start) || splitsPair(b, start)) start--
  let tail = 0
  while (tail < max - start && a.charCodeAt(a.length - 1 - tail) === b.charCodeAt(b.length - 1 - tail)) tail++
  if (splitsPair(a, a.length - tail) || splitsPair(b, b.length - tail)) tail--
  return { start, end: a.length - tail, text: b.slice(start, b.length - tail) }
}

/** True when offset `i` falls between the two halves of "\r\n" or of a UTF-16 surrogate pair. */
function splitsPair(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false
  const prev = s.charCodeAt(i - 1)
  const next = s.charCodeAt(i)
  return (prev === 13 && next === 10) || (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)
}
