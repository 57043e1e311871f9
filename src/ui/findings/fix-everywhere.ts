// "Fix in every service": one rule's safe fix on each service it fires on, as one combined plan (one edit, one Ctrl+Z),
// built against the current text like every fix (planFix finds each finding again there).
import { combined } from '../../edits/edit-result'
import type { EditBuilder } from '../../edits/edit-result'
import { planFix } from '../../rules/fix'
import type { Finding } from '../../rules/types'

/** The plan fixing every safe finding in `findings`: the first finding of each service stands for the rest (planFix fixes the rule on the service). */
export function fixEverywhere(findings: readonly Finding[], label: string): EditBuilder {
  const first = new Map<string, Finding>()
  for (const f of findings) if (f.fix === 'safe' && f.service !== null && !first.has(f.service)) first.set(f.service, f)
  return (file) => combined(label, [...first.values()].map((f) => planFix(f, file)))
}
