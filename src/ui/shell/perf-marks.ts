// User Timing marks the browser benchmark (scripts/bench-browser.mjs) waits for. They stay in the page (no request,
// nothing recorded), cost a few microseconds, and carry no document content: only the length of the analysed text.
import { useEffect } from 'react'

/** The findings list on screen is that of a text of `detail.chars` characters (FindingsList). */
export const FINDINGS_SHOWN = 'scd:findings-shown'
/** The harden dialog shows its diff for the ticked fixes. */
export const HARDEN_SHOWN = 'scd:harden-shown'
/** The harden dialog is on screen (possibly still computing). */
export const HARDEN_OPENED = 'scd:harden-opened'

/** Marks `name` after the render in which `when` changed (while `enabled`). */
export function usePerfMark(name: string, when: unknown, chars?: number, enabled = true): void {
  useEffect(() => {
    if (enabled) performance.mark(name, { detail: { chars } })
  }, [name, when, chars, enabled])
}
