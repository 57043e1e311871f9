// A comment op rewrites one line and must leave the data exactly as it was: comments carry no settings.
import { parseDocument } from 'yaml'
import type { EditOp } from '../types'
import { MAX_ALIAS_COUNT, PARSE_OPTIONS } from '../read/parse'
import { done, fail } from './plan-change'
import type { Step } from './plan-change'
import type { PlanCtx } from './plan-context'
import { sameData } from './plan-expect'
import { splice } from './plan-text'

type CommentOp = Extract<EditOp, { kind: 'comment' }>

export function commentLine(ctx: PlanCtx, op: CommentOp): Step {
  const { text } = ctx
  const lines = lineSpans(text)
  const at = findLine(text, lines, op.line, op.before)
  if (at < 0) return fail(`line ${op.line} no longer reads ${JSON.stringify(op.before)}`)
  const [start, end, next] = lines[at]
  // A removed line goes with its line break; the last line, having none, takes the one before it.
  const changed =
    op.after !== null ? splice(text, start, end, op.after)
    : next > end || at === 0 ? splice(text, start, next, '')
    : splice(text, lines[at - 1][1], end, '')
  if (changed === text) return done(text, null)
  const doc = parseDocument(changed, PARSE_OPTIONS)
  if (doc.errors.length) return fail(`the comment would break the YAML (${doc.errors[0].message.split('\n')[0]})`)
  const read = (d: { toJS(o: { maxAliasCount: number }): unknown }) => d.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  if (!sameData(read(doc), read(ctx.doc))) return fail('the comment would change what the line says (it falls inside a value)')
  return done(changed, null)
}

/** [start, end of content, start of the next line] of every line. */
function lineSpans(text: string): Array<[number, number, number]> {
  const spans: Array<[number, number, number]> = []
  let start = 0
  for (;;) {
    const nl = text.indexOf('\n', start)
    if (nl < 0) {
      spans.push([start, text.length, text.length])
      return spans
    }
    spans.push([start, nl > start && text[nl - 1] === '\r' ? nl - 1 : nl, nl + 1])
    start = nl + 1
  }
}

/** Index of line `line` when it reads `before`, else of the nearest line that does; -1 when none. */
function findLine(text: string, lines: ReadonlyArray<[number, number, number]>, line: number, before: string): number {
  const reads = (i: number) => i >= 0 && i < lines.length && text.slice(lines[i][0], lines[i][1]) === before
  for (let d = 0; d < lines.length; d++) {
    if (reads(line - 1 - d)) return line - 1 - d
    if (reads(line - 1 + d)) return line - 1 + d
  }
  return -1
}
