// A file of several YAML documents (`---`) as one text per document, each the whole file with every other document
// blanked (spaces, line breaks kept): each is analysed on its own and its lines and columns stay the file's.
import { parseAllDocuments } from 'yaml'
import { PARSE_OPTIONS } from '../read/parse'

/** One text per document that has content; undefined when the text holds fewer than two documents. */
export function splitDocuments(text: string): Array<{ index: number; text: string }> | undefined {
  const docs = parseAllDocuments(text, { ...PARSE_OPTIONS })
  if (!Array.isArray(docs) || docs.length < 2) return undefined
  const out: Array<{ index: number; text: string }> = []
  docs.forEach((doc, i) => {
    const start = i === 0 ? 0 : doc.range[0]
    const end = i === docs.length - 1 ? text.length : docs[i + 1].range[0]
    const empty = doc.contents === null || (doc.contents as { value?: unknown }).value === null
    if (empty && doc.errors.length === 0) return
    out.push({ index: i + 1, text: blank(text.slice(0, start)) + text.slice(start, end) + blank(text.slice(end)) })
  })
  return out
}

/** Same lines and columns, nothing to read: every character but a line break becomes a space. */
const blank = (s: string) => s.replace(/[^\n\r]/g, ' ')
