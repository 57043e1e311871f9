// Waiver comments are read from the text alone (never a setting), so the same file waives the same findings in the
// browser, the CLI and code scanning. A `#` inside a scalar is text, never a waiver.
import { Scalar, visit } from 'yaml'
import type { ComposeFile } from '../types'

/** The marker every waiver comment starts with, after its `#`. */
export const WAIVER_MARK = 'secure-compose:'

export type WaiverScope = 'line' | 'file'

/** One `# secure-compose: …` comment as written. */
export interface WaiverComment {
  /** 1-based line and column of its `#`. */
  line: number
  column: number
  /** Offsets of the comment: from its `#` to the end of its line (without the line break). */
  start: number
  end: number
  /** True when nothing but indentation precedes it on its line. */
  ownLine: boolean
  /** 'line' for `ignore`, 'file' for `ignore-file`; null when the directive is neither. */
  scope: WaiverScope | null
  /**
   * The line an `ignore` waives findings on: its own, or for a comment on a line of its own, the next line that is not
   * such a comment. An `ignore-file` waives everywhere; its target is its own line.
   */
  target: number
  /** Indentation of the line it stands on: `ignore-file` belongs at the top level (0). */
  indent: number
  /** The rule ids as written, in order (split on commas and blanks). */
  ruleIds: string[]
  /** The text after ` -- `, trimmed; '' when there is none. */
  reason: string
}

const memo = new WeakMap<ComposeFile, readonly WaiverComment[]>()

/** The waiver comments of a readable file, in line order (none when it cannot be read). Memoised per parse. */
export function readWaiverComments(file: ComposeFile): readonly WaiverComment[] {
  let found = memo.get(file)
  if (!found) {
    found = file.errors.length || !file.text.includes(WAIVER_MARK) ? [] : scan(file)
    memo.set(file, found)
  }
  return found
}

const COMMENT = /#[ \t]*secure-compose:/g

const spansMemo = new WeakMap<ComposeFile, Array<[number, number]>>()

/** True when `offset` lies inside a scalar as written (a `#` there is text): a comment cannot go there. */
export function insideScalar(file: ComposeFile, offset: number): boolean {
  let spans = spansMemo.get(file)
  if (!spans) spansMemo.set(file, (spans = scalarSpans(file)))
  return inside(spans, offset)
}

function scan(file: ComposeFile): WaiverComment[] {
  const { text } = file
  const out: WaiverComment[] = []
  for (const m of text.matchAll(COMMENT)) {
    const at = m.index
    const start = lineStartOf(text, at)
    const before = text.slice(start, at)
    if (before !== '' && !/[ \t]$/.test(before)) continue
    if (insideScalar(file, at)) continue
    const end = lineEndOf(text, at)
    const { line, col } = file.lineCounter.linePos(at)
    const ownLine = before.trim() === ''
    out.push({ line, column: col, start: at, end, ownLine, indent: before.length - before.trimStart().length, target: line, ...parseDirective(text.slice(at + m[0].length, end)) })
  }
  // A comment on a line of its own waives the next line; a run of them stacked above one line all waive that line.
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i]
    if (!c.ownLine || c.scope === 'file') continue
    const next = out[i + 1]
    c.target = next && next.ownLine && next.scope !== 'file' && next.line === c.line + 1 ? next.target : c.line + 1
  }
  return out
}

/** `ignore a, b -- reason` / `ignore-file a -- reason`; anything else has no scope. */
export function parseDirective(body: string): Pick<WaiverComment, 'scope' | 'ruleIds' | 'reason'> {
  const m = /^[ \t]*(ignore-file|ignore)(?![\w-])(.*)$/.exec(body)
  if (!m) return { scope: null, ruleIds: [], reason: '' }
  const rest = m[2]
  const dash = rest.search(/(^|[ \t])--/)
  const ids = dash < 0 ? rest : rest.slice(0, dash)
  const reason = dash < 0 ? '' : rest.slice(dash).replace(/^[ \t]*--/, '').trim()
  return { scope: m[1] === 'ignore-file' ? 'file' : 'line', ruleIds: ids.split(/[\s,]+/).filter(Boolean), reason }
}

/** The text of a waiver comment, as the designer writes it. */
export function formatWaiver(scope: WaiverScope, ruleIds: readonly string[], reason: string): string {
  return `# ${WAIVER_MARK} ${scope === 'file' ? 'ignore-file' : 'ignore'} ${ruleIds.join(', ')} -- ${reason.trim()}`
}

/** Source spans of every scalar (disjoint), sorted; a block scalar's span starts after its header line (which may hold a comment). */
function scalarSpans(file: ComposeFile): Array<[number, number]> {
  const spans: Array<[number, number]> = []
  const { text } = file
  visit(file.doc, {
    Scalar(_, s) {
      if (!s.range) return
      let from = s.range[0]
      if (s.type === Scalar.BLOCK_LITERAL || s.type === Scalar.BLOCK_FOLDED) {
        const nl = text.indexOf('\n', from)
        from = nl < 0 ? s.range[1] : nl + 1
      }
      if (from < s.range[1]) spans.push([from, s.range[1]])
    },
  })
  return spans.sort((a, b) => a[0] - b[0])
}

function inside(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (spans[mid][0] > at) hi = mid - 1
    else if (spans[mid][1] <= at) lo = mid + 1
    else return true
  }
  return false
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1
}

function lineEndOf(text: string, at: number): number {
  const i = text.indexOf('\n', at)
  if (i < 0) return text.length
  return i > 0 && text[i - 1] === '\r' ? i - 1 : i
}
