// The findings list's waiver actions as edit builders for the store's applyEdit: what was shown is found again in the
// current text (the user may have typed since), then edits/waivers.ts writes or removes the comment (one undo step).
import { readWaiverComments } from '../../compose/read/waivers'
import type { EditBuilder } from '../../edits/edit-result'
import { unwaivePlan, waivePlan } from '../../edits/waivers'
import { analyze } from '../../rules/engine'
import { findingKey } from '../../rules/fix'
import { RULE_BY_ID } from '../../rules/registry'
import type { Finding } from '../../rules/types'
import type { ReportFinding } from '../../scoring/report'

/** Rules a waiver may name (an invalid waiver is fixed, never waived). */
export const canWaive = (f: Finding): boolean => f.ruleId !== 'invalid-waiver' && RULE_BY_ID.has(f.ruleId)

export function waiveBuilder(finding: Finding, reason: string): EditBuilder {
  return (file) => {
    const rule = RULE_BY_ID.get(finding.ruleId)
    if (!rule) return `There is no rule "${finding.ruleId}"; nothing was changed.`
    const key = findingKey(finding)
    const mine = analyze(file, [rule]).filter((f) => f.service === finding.service)
    const now = mine.find((f) => findingKey(f) === key && f.line === finding.line) ?? mine.find((f) => findingKey(f) === key)
    if (!now) return `"${rule.title}" is no longer reported there: nothing to waive.`
    return waivePlan(file, finding.service ?? '', { ruleId: finding.ruleId, line: now.line, reason })
  }
}

export function unwaiveBuilder(finding: ReportFinding): EditBuilder {
  return (file) => {
    const at = finding.waived?.line ?? finding.line
    const naming = readWaiverComments(file).filter((c) => c.ruleIds.includes(finding.ruleId))
    // The comment as shown, else the nearest one naming the rule (lines above it may have changed).
    const comment = naming.find((c) => c.line === at) ?? [...naming].sort((a, b) => Math.abs(a.line - at) - Math.abs(b.line - at))[0]
    if (!comment) return `No "# secure-compose:" comment waives ${finding.ruleId} any more: nothing to unwaive.`
    return unwaivePlan(file, finding.service ?? '', { ruleId: finding.ruleId, line: comment.line })
  }
}
