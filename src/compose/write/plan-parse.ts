// One parse per distinct recent text: documents are never left changed, so a cached parse is as good as a new one.
import { parseDocument } from 'yaml'
import type { Document } from 'yaml'
import type { ComposeFile } from '../types'
import { MAX_ALIAS_COUNT } from '../read/parse'

export type Data = { ok: true; value: unknown } | { ok: false; error: string }

export interface Parsed {
  text: string
  doc: Document.Parsed
  /** The first YAML error, formatted for people, or undefined when the text is valid. */
  error?: string
  /** The document's plain data (merge keys resolved; an empty document reads as {}). */
  data: Data
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
  const parsed = read(text)
  recent.unshift(parsed)
  recent.length = Math.min(recent.length, RECENT)
  return parsed
}

/**
 * parseText through a caller's parser: a file parseCompose read without errors holds the very parse parseText would make
 * (its options differ only in how errors are reported), so it is used as it is; any other file is parsed again.
 */
export function parsedVia(parse: (text: string) => ComposeFile): (text: string) => Parsed {
  return (text) => {
    const file = parse(text)
    const same = file.text === text && file.errors.length === 0 && file.data !== null && !file.warnings.some((w) => w.code === 'bad-merge')
    return same ? { text, doc: file.doc, data: { ok: true, value: file.data } } : parseText(text)
  }
}

/**
 * Like parseCompose: when a `<<` merges something that is not a mapping (Docker rejects it, some generators write it),
 * the whole file is read with `<<` as a plain key, so plans still apply and read back the way the app shows the file.
 */
function read(text: string): Parsed {
  const doc = parseDocument(text, { merge: true, uniqueKeys: false })
  if (doc.errors.length) return { text, doc, error: doc.errors[0].message.split('\n')[0].replace(/:$/, ''), data: { ok: false, error: 'invalid YAML' } }
  const data = readData(doc)
  if (data.ok || !data.error.startsWith('Merge sources')) return { text, doc, data }
  const plain = parseDocument(text, { merge: false, uniqueKeys: false })
  const plainData = readData(plain)
  return plainData.ok ? { text, doc: plain, data: plainData } : { text, doc, data }
}

function readData(doc: Document.Parsed): Data {
  try {
    return { ok: true, value: (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown) ?? {} }
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) }
  }
}
