// What the yaml language worker may read. Invariant: a text the core refuses outright (over MAX_BYTES, or an
// alias bomb) reaches the worker as an empty document, because its schema validation expands every alias and
// would hold a core for minutes; the app's own banner already says what is wrong.
import { parseAllDocuments } from 'yaml'
import { MAX_ALIAS_COUNT, MAX_BYTES } from '../compose/read/parse'

/** True when the text is too large for the core or expands aliases past the core's limit (in any document of the stream). */
export function refusedForWorker(text: string): boolean {
  if (text.length > MAX_BYTES) return true
  // Without a '*' there is no alias, so nothing to expand.
  if (!text.includes('*')) return false
  // merge: false reads `<<` as a plain key: every alias still counts, and a bad merge source cannot hide the rest.
  for (const doc of parseAllDocuments(text, { merge: false, prettyErrors: false })) {
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    } catch (err) {
      if (err instanceof Error && err.message.includes('Excessive alias count')) return true
    }
  }
  return false
}

let last: { text: string; shown: string } | undefined

/** The text the worker gets: `text`, or '' when the core refuses it. The worker asks once per request, so the last answer is kept. */
export function textForWorker(text: string): string {
  if (last?.text !== text) last = { text, shown: refusedForWorker(text) ? '' : text }
  return last.shown
}
