// One parse per distinct recent text: documents are never left changed, so a cached parse is as good as a new one.
import { parseDocument } from 'yaml'
import type { Document } from 'yaml'
import { MAX_ALIAS_COUNT } from './plan-locate'

export type Data = { ok: true; value: unknown } | { ok: false; error: string }

export interface Parsed {
  text: string
  doc: Document.Parsed
  /** The first YAML error, formatted for people, or undefined when the text is valid. */
  error?: string
  /** The document's plain data (merge keys resolved; an empty document reads as {}), computed once. */
  data(): Data
}

const RECENT = 3
const recent: Parsed[] = []

/** Recent parses are reused: a caller applying many plans to one text, and each op's verified result feeding the next op. */
export function parseText(text: string): Parsed {
  const hit = recent.findIndex((p) => p.text === text)
  if (hit >= 0) {
    const [parsed] = recent.splice(hit, 1)
    recent.unshift(parsed)
    return parsed
  }
  const doc = parseDocument(text, { merge: true, uniqueKeys: false })
  const first = doc.errors[0]
  let data: Data | undefined
  const parsed: Parsed = {
    text,
    doc,
    error: first ? first.message.split('\n')[0].replace(/:$/, '') : undefined,
    data: () => (data ??= readData(doc)),
  }
  recent.unshift(parsed)
  recent.length = Math.min(recent.length, RECENT)
  return parsed
}

function readData(doc: Document.Parsed): Data {
  try {
    return { ok: true, value: (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown) ?? {} }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) }
  }
}
