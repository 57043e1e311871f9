// Memoised parseCompose: the same text is parsed once, however many selectors and actions ask for it.
import { parseCompose } from '../compose/read/parse'
import type { ComposeFile } from '../compose/types'

/** A few entries cover the texts in play at once: typed, analysed, last valid. */
const CAPACITY = 4
const cache = new Map<string, ComposeFile>()
let lastMs = 0
let lastChars = 1

/**
 * How long parsing a text of `chars` characters should take, in ms, going by the last parse that was not a cache hit
 * (parse time grows with the length): the store waits for a typing pause before a parse that would be long.
 */
export const estimatedParseMs = (chars: number): number => (lastMs * chars) / lastChars

export function parseMemo(text: string): ComposeFile {
  const hit = cache.get(text)
  if (hit) {
    cache.delete(text)
    cache.set(text, hit)
    return hit
  }
  const start = performance.now()
  const file = parseCompose(text)
  lastMs = performance.now() - start
  lastChars = Math.max(text.length, 1)
  cache.set(text, file)
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string)
  return file
}
