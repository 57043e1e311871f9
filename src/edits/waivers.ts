// Waiving writes a comment (compose/read/waivers.ts reads it back): `# secure-compose: ignore RULE -- REASON` at the end
// of the finding's line, or the rule id added to the waiver already there; unwaiving takes the id, or the whole comment,
// away. Each plan is one comment op, so the rest of the text stays byte for byte and the data never changes.
import { formatWaiver, insideScalar, readWaiverComments, WAIVER_MARK } from '../compose/read/waivers'
import type { WaiverComment } from '../compose/read/waivers'
import type { ComposeFile, EditOp, EditPlan, YamlPath } from '../compose/types'
import { detectEol } from '../compose/write/plan-text'
import type { EditResult } from './edit-result'

export interface WaiveInput {
  ruleId: string
  /** The finding's line (1-based). */
  line: number
  reason: string
}

export interface UnwaiveInput {
  ruleId: string
  /** The waiver comment's line (1-based). */
  line: number
}

/**
 * Waives `ruleId` for the findings on `line` (`service` is the finding's service, '' for the whole file). A waiver
 * already on the line with the same reason gets the rule id; a line that ends in another comment gets the waiver on
 * its own line above it, at its indentation.
 */
export function waivePlan(file: ComposeFile, service: string, input: WaiveInput): EditResult {
  const reason = input.reason.replace(/\s+/g, ' ').trim()
  if (reason === '') return 'A waiver needs a reason: say why this finding does not apply here.'
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(input.ruleId)) return `"${input.ruleId}" is not a rule id.`
  const line = lineText(file.text, input.line)
  if (line === null) return `The file has no line ${input.line}.`
  const label = `Waive ${input.ruleId}${service ? ` on ${service}` : ''}`
  const path = pathOf(service)
  const own = readWaiverComments(file).find((c) => c.line === input.line && !c.ownLine)
  if (own?.scope === 'line' && own.reason === reason && own.ruleIds.length > 0) {
    if (own.ruleIds.includes(input.ruleId)) return null
    return plan(label, path, input.line, line, withRuleAdded(file.text, own, line, input.ruleId))
  }
  const comment = formatWaiver('line', [input.ruleId], reason)
  // A value that goes on past the line (a quoted scalar) would swallow the comment: it goes on its own line above then.
  if (own || hasComment(line) || insideScalar(file, lineEndOffset(file.text, input.line))) {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? ''
    return plan(label, path, input.line, line, `${indent}${comment}${detectEol(file.text)}${line}`)
  }
  return plan(label, path, input.line, line, line.replace(/[ \t]*$/, (blank) => (blank.length >= 2 ? blank : '  ')) + comment)
}

/** Takes `ruleId` out of the waiver comment on `line`; the comment goes when no rule id is left. */
export function unwaivePlan(file: ComposeFile, service: string, input: UnwaiveInput): EditResult {
  const found = commentOn(file, input.line)
  if (typeof found === 'string') return found
  const { comment, line } = found
  if (!comment.ruleIds.includes(input.ruleId)) return `The waiver on line ${input.line} does not name ${input.ruleId}.`
  return withoutRules(file, service, comment, line, [input.ruleId], `Unwaive ${input.ruleId}${service ? ` on ${service}` : ''}`)
}

/** invalid-waiver's fix: the rule ids in `ruleIds` go from the comment on `line`; with none given, or none left, the comment goes. */
export function removeWaiverPlan(file: ComposeFile, service: string, input: { line: number; ruleIds: readonly string[] }): EditResult {
  const found = commentOn(file, input.line)
  if (typeof found === 'string') return found
  return withoutRules(file, service, found.comment, found.line, input.ruleIds, 'Remove the waiver comment')
}

function commentOn(file: ComposeFile, line: number): { comment: WaiverComment; line: string } | string {
  const comment = readWaiverComments(file).find((c) => c.line === line)
  const text = lineText(file.text, line)
  if (!comment || text === null) return `There is no "# ${WAIVER_MARK}" comment on line ${line} any more.`
  return { comment, line: text }
}

function withoutRules(file: ComposeFile, service: string, comment: WaiverComment, line: string, drop: readonly string[], label: string): EditResult {
  const path = pathOf(service)
  const kept = comment.ruleIds.filter((id) => !drop.includes(id))
  if (drop.length > 0 && kept.length > 0 && comment.scope !== null) return plan(label, path, comment.line, line, withRulesRemoved(file.text, comment, line, drop))
  if (comment.ownLine) return plan(label, path, comment.line, line, null)
  const col = comment.start - (file.text.lastIndexOf('\n', comment.start - 1) + 1)
  return plan(label, path, comment.line, line, line.slice(0, col).replace(/[ \t]+$/, ''))
}

/** The rule ids of a comment as written: each id's offsets in the line. */
function idSpans(text: string, comment: WaiverComment, line: string): { lineStart: number; spans: Array<{ id: string; start: number; end: number }>; listEnd: number } {
  const lineStart = text.lastIndexOf('\n', comment.start - 1) + 1
  const from = comment.start - lineStart
  const head = /^#[ \t]*secure-compose:[ \t]*(ignore-file|ignore)/.exec(line.slice(from))
  const listStart = from + (head?.[0].length ?? 0)
  const dash = line.slice(listStart).search(/(^|[ \t])--/)
  const listEnd = dash < 0 ? line.length : listStart + dash
  const spans = [...line.slice(listStart, listEnd).matchAll(/[^\s,]+/g)].map((m) => ({ id: m[0], start: listStart + m.index, end: listStart + m.index + m[0].length }))
  return { lineStart, spans, listEnd }
}

function withRuleAdded(text: string, comment: WaiverComment, line: string, ruleId: string): string {
  const { spans } = idSpans(text, comment, line)
  const last = spans[spans.length - 1]
  return `${line.slice(0, last.end)}, ${ruleId}${line.slice(last.end)}`
}

/** Each dropped id goes with the separator after it (the one before it, for the last id). */
function withRulesRemoved(text: string, comment: WaiverComment, line: string, drop: readonly string[]): string {
  const { spans } = idSpans(text, comment, line)
  let out = line
  for (let i = spans.length - 1; i >= 0; i--) {
    if (!drop.includes(spans[i].id)) continue
    const keptAfter = spans.slice(i + 1).some((s) => !drop.includes(s.id))
    const [from, to] = keptAfter ? [spans[i].start, spans[i + 1].start] : [i > 0 ? spans[i - 1].end : spans[i].start, spans[i].end]
    out = out.slice(0, from) + out.slice(to)
  }
  return out
}

function plan(label: string, path: YamlPath, line: number, before: string, after: string | null): EditPlan {
  const op: EditOp = { kind: 'comment', path, line, before, after }
  return { label, ops: [op] }
}

const pathOf = (service: string): YamlPath => (service ? ['services', service] : ['services'])

/** [start, end) of line `line`'s content (without its line break), or null when there is no such line. */
function lineSpan(text: string, line: number): [number, number] | null {
  if (!Number.isInteger(line) || line < 1) return null
  let start = 0
  for (let n = 1; n < line; n++) {
    const nl = text.indexOf('\n', start)
    if (nl < 0) return null
    start = nl + 1
  }
  const nl = text.indexOf('\n', start)
  const end = nl < 0 ? text.length : nl > start && text[nl - 1] === '\r' ? nl - 1 : nl
  return [start, end]
}

function lineText(text: string, line: number): string | null {
  const span = lineSpan(text, line)
  return span && text.slice(span[0], span[1])
}

const lineEndOffset = (text: string, line: number) => lineSpan(text, line)?.[1] ?? text.length

/** A `#` that starts a comment: at the start of the line or after a blank, outside quotes (a rough test; the op checks the data). */
function hasComment(line: string): boolean {
  let quote: string | null = null
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]
    if (quote) {
      if (ch === quote) quote = null
    } else if (ch === '"' || ch === "'") quote = ch
    else if (ch === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return true
  }
  return false
}
