// The checklist's manual items: ticked by the user, decided by no rule. Invariant: a tick list holds only manual
// item ids, each once, in checklist order, whatever it was made from.
import type { ChecklistItemId } from '../rules/types'
import type { ChecklistEntry } from './checklist'
import { CHECKLIST_ITEMS } from './checklist-items'

const MANUAL_IDS: ReadonlySet<string> = new Set(CHECKLIST_ITEMS.filter((i) => i.manual).map((i) => i.id))

export const isManualItem = (id: string): id is ChecklistItemId => MANUAL_IDS.has(id)

/** The manual item ids among `ids` (anything else dropped), each once, in checklist order. */
export function manualTicks(ids: readonly string[]): ChecklistItemId[] {
  const wanted = new Set(ids)
  return CHECKLIST_ITEMS.filter((i) => i.manual && wanted.has(i.id)).map((i) => i.id)
}

/** `ticks` with `id` ticked or unticked. */
export function withTick(ticks: readonly ChecklistItemId[], id: ChecklistItemId, on: boolean): ChecklistItemId[] {
  return manualTicks(on ? [...ticks, id] : ticks.filter((t) => t !== id))
}

/**
 * A checklist built without ticks, with `ticks` applied: ticked manual items pass. The same as building the checklist
 * with the ticks (checklist.ts), so the analysis can run once per text and ticking costs no analysis.
 */
export function withManualTicks(checklist: readonly ChecklistEntry[], ticks: readonly ChecklistItemId[]): readonly ChecklistEntry[] {
  if (ticks.length === 0) return checklist
  const ticked = new Set(ticks)
  return checklist.map((e) =>
    ticked.has(e.id) && e.status === 'manual'
      ? { ...e, status: 'pass', services: e.services.map((s) => (s.status === 'manual' ? { ...s, status: 'pass' } : s)) }
      : e,
  )
}
