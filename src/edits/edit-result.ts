// The one shape of an edit: a pure function of the parsed document, the service it is about and its input, to an
// EditResult. The forms, the rules' fixes (hence the lightbulb, the findings list, Harden and the CLI) all call these.
import type { ComposeFile, EditPlan } from '../compose/types'

/** What an edit returns: a plan, null when nothing needs to change, or a sentence for people saying why it cannot be done. */
export type EditResult = EditPlan | null | string

/**
 * Every edit in src/edits has this signature. `service` names the service it edits (a top-level edit such as a
 * network's `internal` names what it edits instead); `input` is what the form gives, `void` when there is nothing.
 */
export type Edit<I = void> = (file: ComposeFile, service: string, input: I) => EditResult

/** An edit with its service and input bound: what the store's `applyEdit` runs against the current parse. */
export type EditBuilder = (file: ComposeFile) => EditResult

/** The same result under another label (a rule's fix keeps its own wording); null and refusals pass through. */
export function relabel(result: EditResult, label: string): EditResult {
  return result === null || typeof result === 'string' ? result : { ...result, label }
}

/**
 * Several edits computed against the same parse, as one plan (they must touch different settings): their ops in order.
 * Null when none changes anything; the first refusal when none gives a plan.
 */
export function combined(label: string, results: readonly EditResult[]): EditResult {
  const plans = results.filter((r): r is EditPlan => r !== null && typeof r !== 'string')
  if (plans.length > 0) return { label, ops: plans.flatMap((p) => p.ops) }
  return results.find((r) => typeof r === 'string') ?? null
}
