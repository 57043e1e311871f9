// Line arithmetic on raw text: offsets in, offsets out; "\r\n" and "\n" both end a line, nothing else does.
/** The line break the file uses: CRLF when its first line break is CRLF. */
export function detectEol(text: string): string {
  const i = text.indexOf('\n')
  return i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n'
}

export function lineStart(text: string, pos: number): number {
  return text.lastIndexOf('\n', pos - 1) + 1
}

/** Offset of the line break ending the line that holds `pos` ("\r" of "\r\n"), or text.length. */
export function lineEnd(text: string, pos: number): number {
  const i = text.indexOf('\n', pos)
  if (i < 0) return text.length
  return i > 0 && text[i - 1] === '\r' ? i - 1 : i
}

/** Offset just after the line break ending the line that holds `pos`, or text.length. */
export function nextLineStart(text: string, pos: number): number {
  const i = text.indexOf('\n', pos)
  return i < 0 ? text.length : i + 1
}

export function column(text: string, pos: number): number {
  return pos - lineStart(text, pos)
}

export const pad = (n: number): string => ' '.repeat(Math.max(0, n))

export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end)
}

/** Offset after the last non-blank character before `end` (never before `start`). */
export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--
  return end
}

/** Offset of the first character before `pos` that is not a space or tab, plus one. */
export function skipBlanksBack(text: string, pos: number): number {
  while (pos > 0 && (text[pos - 1] === ' ' || text[pos - 1] === '\t')) pos--
  return pos
}
