// applyPlan never throws, never touches invalid YAML, and returns only text that re-parses to exactly the planned data.
import type { ApplyResult, EditOp, EditPlan } from '../types'
import { minimalEdit } from './minimal-edit'
import { applyEdit } from './plan-ops'
import { parseText } from './plan-parse'
import type { Parsed } from './plan-parse'
import { describePath } from './plan-nodes'
import { unsupportedValue } from './plan-render'
import type { PlanCtx } from './plan-context'
import { detectStyle } from './plan-style'
import type { Style } from './plan-style'
import { verify } from './plan-verify'

export function applyPlan(text: string, plan: EditPlan | readonly EditOp[]): ApplyResult {
  const ops: readonly EditOp[] = isOpList(plan) ? plan : plan.ops
  try {
    let current = parseText(text)
    if (current.error) return { ok: false, error: `The YAML has an error, so nothing was changed: ${current.error}. Fix it first.` }
    for (const op of ops) {
      const step = applyOne(current, op)
      if (!step.ok) return step
      current = step.parsed
    }
    const edit = minimalEdit(text, current.text)
    return { ok: true, text: current.text, edits: edit ? [edit] : [] }
  } catch (err) {
    return { ok: false, error: `Unexpected failure while changing the YAML: ${err instanceof Error ? err.message : String(err)}` }
  }
}

export function applyOp(text: string, op: EditOp): ApplyResult {
  return applyPlan(text, [op])
}

const isOpList = (plan: EditPlan | readonly EditOp[]): plan is readonly EditOp[] => Array.isArray(plan)

function applyOne(before: Parsed, op: EditOp): { ok: true; parsed: Parsed } | { ok: false; error: string } {
  const problem = invalidOp(op)
  const step = problem ? { ok: false as const, error: problem } : applyEdit(contextOf(before), op)
  if (step.ok && step.text === before.text) return { ok: true, parsed: before }
  const checked = step.ok ? verify(before, step.text, step.change, op) : step
  return checked.ok ? checked : { ok: false, error: `Cannot ${op.kind} ${describePath(op.path)}: ${checked.error}.` }
}

/** Layout habits are read only when an op writes block lines. */
function contextOf({ text, doc }: Parsed): PlanCtx {
  let style: Style | undefined
  return {
    text,
    doc,
    get style() {
      return (style ??= detectStyle(text, doc))
    },
  }
}

function invalidOp(op: EditOp): string | null {
  if (op.path.length === 0) return 'the path is empty'
  if (op.kind === 'set' || op.kind === 'append') return unsupportedValue(op.value)
  if (op.kind === 'rename' && (typeof op.key !== 'string' || op.key === '')) return 'the new key must be a non-empty string'
  return null
}
