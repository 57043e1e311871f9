// The checklist's manual items the user has ticked, kept in this browser. Storage may be missing, full or hold
// anything: loading never throws and keeps only ids of manual items.
import { CHECKLIST_ITEMS } from '../scoring/checklist-items'
import type { ChecklistItemId } from '../rules/types'
import type { TextStorage } from './app-state'

export const TICKS_KEY = 'secure-compose-designer:checklist-ticks'

const MANUAL_IDS: ReadonlySet<string> = new Set(CHECKLIST_ITEMS.filter((i) => i.manual).map((i) => i.id))

export const isManualItem = (id: string): id is ChecklistItemId => MANUAL_IDS.has(id)

/** The saved ticks (manual item ids, each once, in checklist order); [] when none or unreadable. */
export function loadTicks(storage: TextStorage | null | undefined): ChecklistItemId[] {
  let raw: string | null
  try {
    raw = storage?.getItem(TICKS_KEY) ?? null
  } catch {
    return []
  }
  if (!raw) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return normaliseTicks(parsed.filter((x): x is string => typeof x === 'string'))
}

/** True when the ticks were written. */
export function saveTicks(storage: TextStorage, ticks: readonly ChecklistItemId[]): boolean {
  try {
    storage.setItem(TICKS_KEY, JSON.stringify(ticks))
    return true
  } catch {
    return false
  }
}

/** `ticks` with `id` ticked or unticked, in checklist order. */
export function withTick(ticks: readonly ChecklistItemId[], id: ChecklistItemId, on: boolean): ChecklistItemId[] {
  return normaliseTicks(on ? [...ticks, id] : ticks.filter((t) => t !== id))
}

function normaliseTicks(ids: readonly string[]): ChecklistItemId[] {
  const wanted = new Set(ids)
  return CHECKLIST_ITEMS.filter((i) => i.manual && wanted.has(i.id)).map((i) => i.id)
}
