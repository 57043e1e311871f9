// What a fix would do before it is applied: the text after it (for the unsafe-fix preview) and the changed lines.
import { applyPlan } from '../compose/write/apply-plan'
import type { ComposeFile } from '../compose/types'
import { planFix } from './fix'
import { describeFix } from './fix-description'
import type { Finding } from './types'

export type FixPreview = { ok: true; text: string; label: string; description: string } | { ok: false; error: string }

/**
 * The text after fixing `finding`, for a preview before an unsafe fix, with what the fix does on its service in words
 * (what its image needs, or that the fix is generic); or why it cannot be fixed.
 */
export function previewFix(finding: Finding, file: ComposeFile): FixPreview {
  if (file.errors.length) return { ok: false, error: 'The YAML has an error; fix it in the editor first.' }
  const plan = planFix(finding, file)
  if (typeof plan === 'string') return { ok: false, error: plan }
  const result = applyPlan(file.text, plan)
  return result.ok ? { ok: true, text: result.text, label: plan.label, description: describeFix(finding, file) } : { ok: false, error: result.error }
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
