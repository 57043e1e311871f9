// Test helper for plan builders: the text after applying what a builder returned; a refusal fails the test.
import { applyPlan } from '../compose/write/apply-plan'
import { parseCompose } from '../compose/read/parse'
import type { ComposeFile, EditPlan } from '../compose/types'

export function applyBuilt(text: string, built: EditPlan | null | string): string {
  if (built === null) return text
  if (typeof built === 'string') throw new Error(`refused: ${built}`)
  const result = applyPlan(text, built)
  if (!result.ok) throw new Error(result.error)
  return result.text
}

/** The text after the plan `build` makes from the parse of `text`. */
export function edited(text: string, build: (file: ComposeFile) => EditPlan | string | null): string {
  return applyBuilt(text, build(parseCompose(text)))
}
