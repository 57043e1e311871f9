// No comment is lost by accident: text an edit removes gives its comments back as whole lines, except the same-line
// comments of a deleted entry's own lines, which go with the entry they describe.
import { lineEnd, lineStart, nextLineStart } from './plan-text'

export type Span = readonly [number, number]

/**
 * The comments that start in [start, end), as lines to write back: a full-line comment as it is, a same-line comment
 * at its line's indentation, unless it lies in `drop`. A `#` inside one of `scalars` is text, not a comment.
 */
export function commentLines(text: string, start: number, end: number, scalars: readonly Span[], drop?: Span): string[] {
  const kept: string[] = []
  for (let at = lineStart(text, start); at < end && at < text.length; at = nextLineStart(text, at)) {
    const stop = lineEnd(text, at)
    const hash = commentStart(text, at, stop, scalars)
    if (hash < start || hash >= end) continue
    const indent = /^[ \t]*/.exec(text.slice(at, stop))?.[0] ?? ''
    if (at + indent.length === hash) kept.push(text.slice(at, stop))
    else if (!drop || hash < drop[0] || hash >= drop[1]) kept.push(indent + text.slice(hash, stop))
  }
  return kept
}

/** Offset of the comment on the line [at, stop): the first `#` that starts the line or follows a blank, outside scalars; -1 when none. */
function commentStart(text: string, at: number, stop: number, scalars: readonly Span[]): number {
  for (let i = text.indexOf('#', at); i >= 0 && i < stop; i = text.indexOf('#', i + 1)) {
    if ((i === at || text[i - 1] === ' ' || text[i - 1] === '\t') && !scalars.some(([s, e]) => i >= s && i < e)) return i
  }
  return -1
}

/**
 * The lines an entry written from `start` to `end` has to itself, from the start of its first line to the end of its
 * last: only when nothing but indentation and `- ` precedes it. Same-line comments there describe the entry.
 */
export function ownLines(text: string, start: number, end: number): Span | undefined {
  const from = lineStart(text, start)
  return /^[ \t]*(?:-[ \t]+)*$/.test(text.slice(from, start)) ? [from, lineEnd(text, end)] : undefined
}
