// A waiver is a user's recorded decision with a reason: the finding stays visible but no longer counts.
import type { Finding } from '../rules/types'

export interface Waiver {
  ruleId: string
  /** The service the waiver covers; null for a file-level finding. */
  service: string | null
  reason: string
}

/** The waiver that covers `finding`, if any (the first match wins). */
export function waiverFor(finding: Finding, waivers: readonly Waiver[]): Waiver | undefined {
  return waivers.find((w) => w.ruleId === finding.ruleId && w.service === finding.service)
}
