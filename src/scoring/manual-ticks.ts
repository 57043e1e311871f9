// The checklist's manual items: ticked by the user, decided by no rule. Invariant: a tick list holds only manual
// item ids, each once, in checklist order, whatever it was made from.
import type { ChecklistItemId } from '../rules/types'
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
