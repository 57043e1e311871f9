// The checklist's manual items the user has ticked, kept in this browser. Storage may be missing, full or hold
// anything: loading never throws and keeps only ids of manual items (scoring/manual-ticks.ts).
import type { ChecklistItemId } from '../rules/types'
import { manualTicks } from '../scoring/manual-ticks'
import type { TextStorage } from './app-state'

export const TICKS_KEY = 'secure-compose-designer:checklist-ticks'

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
  return manualTicks(parsed.filter((x): x is string => typeof x === 'string'))
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
