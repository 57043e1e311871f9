// One function decides which waiver waives which finding and what is wrong with the rest: the report (scoring) and
// invalid-waiver (rules) both call it, so a comment waives exactly when it is not reported as invalid.
import type { ComposeFile } from '../types'
import type { WaiverComment } from './waivers'
import { readWaiverComments } from './waivers'

/** What matching needs of a finding (the rules' Finding has it; this layer cannot name that type). */
export interface WaivableFinding {
  ruleId: string
  service: string | null
  line: number
}

/** What makes a whole comment void: the fix removes the comment. */
export type CommentProblem =
  /** `# secure-compose:` followed by neither `ignore` nor `ignore-file`. */
  | 'syntax'
  | 'noRules'
  | 'noReason'
  /** `ignore-file` on an indented line. */
  | 'notTopLevel'

export interface WaiverVerdict {
  comment: WaiverComment
  /** Empty when the comment as a whole is well formed. */
  problems: CommentProblem[]
  /** Rule ids that do not exist (or cannot be waived): while there are any, the comment waives nothing. */
  unknown: string[]
  /** Known rule ids with no finding where the comment points (computed for well-formed comments). */
  unmatched: string[]
  /** True when it waives findings: well formed, and every rule id known. */
  waives: boolean
}

export interface WaiverMatch {
  verdicts: WaiverVerdict[]
  /** Per finding (same index): the comment that waives it (the first by line), if any. */
  waivedBy: Array<WaiverComment | undefined>
}

/**
 * `ignore` waives its rules' findings reported on its target line, and on a service's key line every finding of those
 * rules for that service (missing keys are reported there); `ignore-file` waives its rules' findings everywhere.
 * `known` says which rule ids a waiver may name.
 */
export function matchWaivers(file: ComposeFile, findings: readonly WaivableFinding[], known: (ruleId: string) => boolean): WaiverMatch {
  const comments = readWaiverComments(file)
  const waivedBy: Array<WaiverComment | undefined> = findings.map(() => undefined)
  if (comments.length === 0) return { verdicts: [], waivedBy }
  const keyLines = new Map(file.services.map((s) => [s.keyPos.line, s.name]))
  const verdicts = comments.map((comment): WaiverVerdict => {
    const problems = problemsOf(comment)
    const ids = [...new Set(comment.ruleIds)]
    const unknown = comment.scope === null ? [] : ids.filter((id) => !known(id))
    const waives = problems.length === 0 && unknown.length === 0
    if (problems.length) return { comment, problems, unknown, unmatched: [], waives }
    const keyOf = comment.scope === 'line' ? keyLines.get(comment.target) : undefined
    const used = new Set<string>()
    findings.forEach((f, i) => {
      if (!ids.includes(f.ruleId)) return
      if (comment.scope === 'line' && f.line !== comment.target && (keyOf === undefined || f.service !== keyOf)) return
      used.add(f.ruleId)
      if (waives) waivedBy[i] ??= comment
    })
    return { comment, problems, unknown, unmatched: ids.filter((id) => known(id) && !used.has(id)), waives }
  })
  return { verdicts, waivedBy }
}

function problemsOf(c: WaiverComment): CommentProblem[] {
  if (c.scope === null) return ['syntax']
  if (c.ruleIds.length === 0) return ['noRules']
  const out: CommentProblem[] = []
  if (c.reason === '') out.push('noReason')
  if (c.scope === 'file' && c.indent > 0) out.push('notTopLevel')
  return out
}
