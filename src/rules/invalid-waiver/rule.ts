// invalid-waiver: a `# secure-compose:` comment that waives nothing (or less than it says) is reported, never ignored.
import { matchWaivers } from '../../compose/read/waiver-match'
import { readWaiverComments } from '../../compose/read/waivers'
import type { CommentProblem, WaiverVerdict } from '../../compose/read/waiver-match'
import { removeWaiverPlan } from '../../edits/waivers'
import { defineRule, planOrNull } from '../define-rule'

const ID = 'invalid-waiver'

/** A waiver may name any rule but this one: an invalid waiver is fixed, not waived. */
export const waivable = (ruleIds: ReadonlySet<string>) => (id: string): boolean => id !== ID && ruleIds.has(id)

/** What the fix takes away: the rule ids it cannot use, or ('' ) the whole comment. */
function dropped(v: WaiverVerdict): string {
  if (v.problems.length) return ''
  const drop = [...v.unknown, ...v.unmatched]
  return new Set(v.comment.ruleIds).size === drop.length ? '' : drop.join(',')
}

const where = (v: WaiverVerdict) => (v.comment.scope === 'file' ? 'in this file' : `on line ${v.comment.target}`)

export default defineRule({
  id: ID,
  title: 'Waiver comments must name a rule, a finding and a reason',
  description:
    'A `# secure-compose: ignore RULE -- REASON` comment waives that rule\'s findings on its line (on a service\'s key ' +
    'line: for the whole service), and `ignore-file` at the top level waives it everywhere; waived findings stay listed ' +
    'but do not count. A waiver without a reason, naming a rule that does not exist, or waiving a finding that is not ' +
    'there waives nothing (or less than it says): it is reported so a typo or a stale comment does not go unnoticed.',
  severity: 'info',
  checklist: [],
  references: [],
  fix: 'safe',
  panel: null,
  fixLabel: 'Remove the waiver comment',
  fixDescription: 'Removes the rule ids the waiver cannot use (unknown, or matching no finding), or the whole comment when it has no reason or no rule id is left; nothing else in the file changes.',
  howToFix: 'Write the waiver as `# secure-compose: ignore RULE[, RULE…] -- REASON` at the end of the finding\'s line (or on its own line just above it), with the rule id as docs/rules.md spells it and a reason after ` -- `; remove it once the finding is gone.',
  messages: {
    syntax: 'This "# secure-compose:" comment is neither `ignore RULE -- REASON` nor `ignore-file RULE -- REASON`, so it waives nothing.',
    noRules: 'This waiver names no rule, so it waives nothing: write `# secure-compose: ignore RULE -- REASON`.',
    noReason: 'This waiver of {{rules}} has no reason, so it waives nothing: add ` -- ` and why the finding does not apply.',
    notTopLevel: '`ignore-file` belongs on a top-level line (not indented); here it waives nothing.',
    unknown: '"{{rule}}" is not a rule that can be waived, so this waiver waives nothing: correct the rule id (docs/rules.md lists them).',
    unmatched: 'The waiver of {{rule}} matches no finding: {{rule}} reports nothing {{where}}. Remove it, or move it to the finding\'s line.',
  },
  checkFindings({ file, findings, ruleIds, report }) {
    // Without a waiver comment there is nothing to check, and the other rules' findings need not be gathered.
    if (readWaiverComments(file).length === 0) return
    const { verdicts } = matchWaivers(file, findings(), waivable(ruleIds))
    for (const v of verdicts) {
      const { line, column, start, end } = v.comment
      // The comment's text identifies the finding where its line moves (a fix finds the same comment again).
      const base = { pos: { line, column, offset: start }, at: [file.text.slice(start, end).trim()] }
      const drop = dropped(v)
      const whole = (messageId: CommentProblem) => report({ ...base, messageId, data: { rules: v.comment.ruleIds.join(', '), drop } })
      for (const problem of v.problems) whole(problem)
      for (const rule of v.unknown) report({ ...base, messageId: 'unknown', data: { rule, drop } })
      for (const rule of v.unmatched) report({ ...base, messageId: 'unmatched', data: { rule, where: where(v), drop } })
    }
  },
  fixPlan({ file, finding }) {
    const drop = String(finding.data?.drop ?? '')
    return planOrNull(removeWaiverPlan(file, '', { line: finding.line, ruleIds: drop ? drop.split(',') : [] }))
  },
})
