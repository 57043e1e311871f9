// Plans that fix a finding, from the findings list or the editor's quick fixes. The finding was shown for an
// earlier text: it is looked up again in the current one (it may have moved or gone) and its rule plans the fix there.
import { applyPlan } from '../compose/write/apply-plan'
import type { ComposeFile, EditPlan } from '../compose/types'
import { analyze } from '../rules/engine'
import { planFor } from '../rules/fix'
import { findingKey } from '../rules/harden'
import { RULE_BY_ID } from '../rules/registry'
import type { Finding } from '../rules/types'

/** The plan that fixes `finding` (and the other findings of its rule on its service) in `file`, or why there is none. */
export function fixFindingPlan(finding: Finding, file: ComposeFile): EditPlan | string {
  const rule = RULE_BY_ID.get(finding.ruleId)
  if (!rule) return `There is no rule "${finding.ruleId}"; nothing was changed.`
  const where = finding.service === null ? 'this file' : finding.service
  if (finding.fix === 'none') return `"${rule.title}" has no automatic fix: change ${where} by hand.`
  const current = analyze(file, [rule]).filter((f) => f.service === finding.service)
  const key = findingKey(finding)
  const match = current.find((f) => findingKey(f) === key) ?? current.find((f) => f.fix !== 'none')
  if (!match) return current.length ? `"${rule.title}" has no automatic fix here any more.` : `"${rule.title}" is no longer reported for ${where}: nothing to fix.`
  return planFor(match, file) ?? `"${rule.title}" could not plan a fix for ${where}; change it by hand.`
}

/** The text after fixing `finding`, for a preview before an unsafe fix, or why it cannot be fixed. */
export function previewFix(finding: Finding, file: ComposeFile): { ok: true; text: string; label: string } | { ok: false; error: string } {
  if (file.errors.length) return { ok: false, error: 'The YAML has an error; fix it in the editor first.' }
  const plan = fixFindingPlan(finding, file)
  if (typeof plan === 'string') return { ok: false, error: plan }
  const result = applyPlan(file.text, plan)
  return result.ok ? { ok: true, text: result.text, label: plan.label } : { ok: false, error: result.error }
}

/** The one block of lines that differs between two texts (common leading and trailing lines left out). */
export interface LineChange {
  /** 1-based line number of the first changed line in `before`. */
  line: number
  removed: string[]
  added: string[]
}

export function changedLines(before: string, after: string): LineChange | null {
  if (before === after) return null
  const a = before.split('\n')
  const b = after.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  return { line: start + 1, removed: a.slice(start, endA), added: b.slice(start, endB) }
}
