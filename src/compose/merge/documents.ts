// A file of several YAML documents (`---`) as one text per document, each the whole file with every other document
// blanked (spaces, line breaks kept): each is analysed on its own and its lines and columns stay the file's. `fix`
// hardens each document's own piece of the text and joins them again.
import { parseAllDocuments } from 'yaml'
import { PARSE_OPTIONS } from '../read/parse'

/** The text cut where each document starts (its `---`): joined, the pieces are the text. Undefined under two. */
export function documentPieces(text: string): Array<{ index: number; start: number; end: number; empty: boolean }> | undefined {
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS })
  if (!Array.isArray(docs) || docs.length < 2) return undefined
  return docs.map((doc, i) => ({
    index: i + 1,
    start: i === 0 ? 0 : doc.range[0],
    end: i === docs.length - 1 ? text.length : docs[i + 1].range[0],
    empty: (doc.contents === null || (doc.contents as { value?: unknown }).value === null) && doc.errors.length === 0,
  }))
}

/** One piece's document read in place: the whole text with every other document blanked. */
export const documentInPlace = (text: string, { start, end }: { start: number; end: number }) =>
  blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end))

/** One text per document that has content; undefined when the text holds fewer than two documents. */
export function splitDocuments(text: string): Array<{ index: number; text: string }> | undefined {
  return documentPieces(text)
    ?.filter((d) => !d.empty)
    .map((d) => ({ index: d.index, text: documentInPlace(text, d) }))
}

/** Same lines and columns, nothing to read: every character but a line break becomes a space. */
const blank = (s: string) => s.replace(/[^\n\r]/g, ' ')
