// Memoised parseCompose: the same text is parsed once, however many selectors and actions ask for it.
import { parseCompose } from '../compose/read/parse'
import type { ComposeFile } from '../compose/types'

/** A few entries cover the texts in play at once: typed, analysed, last valid. */
const CAPACITY = 4
const cache = new Map<string, ComposeFile>()

export function parseMemo(text: string): ComposeFile {
  const hit = cache.get(text)
  if (hit) {
    cache.delete(text)
    cache.set(text, hit)
    return hit
  }
  const file = parseCompose(text)
  cache.set(text, file)
  if (cache.size > CAPACITY) cache.delete(cache.keys().next().value as string)
  return file
}
