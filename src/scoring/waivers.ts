// A waiver is a user's recorded decision with a reason: the finding stays visible but no longer counts. Waivers are
// comments in the file (compose/read/waivers.ts), so the same file is waived the same way everywhere.
import { matchWaivers } from '../compose/read/waiver-match'
import type { ComposeFile } from '../compose/types'
import { waivable } from '../rules/invalid-waiver/rule'
import { fixKey } from '../rules/fix'
import { RULES } from '../rules/registry'
import type { Finding } from '../rules/types'

/** A waiver given by a caller rather than written in the file (the API's `waivers` option). */
export interface Waiver {
  ruleId: string
  /** The service the waiver covers; null for a file-level finding. */
  service: string | null
  reason: string
  /** Where the decision is recorded; the finding's own line when not given. */
  line?: number
}

/** How a finding is waived: the reason and the line of the waiver. */
export interface WaivedMark {
  reason: string
  line: number
}

/** The waiver that covers `finding`, if any (the first match wins). */
export function waiverFor(finding: Finding, waivers: readonly Waiver[]): Waiver | undefined {
  return waivers.find((w) => w.ruleId === finding.ruleId && w.service === finding.service)
}

let known: ((id: string) => boolean) | undefined

/**
 * Per finding (same index), how it is waived: by a valid waiver comment of the file (the same matching invalid-waiver
 * reports on), else by one of `given`; undefined when it counts.
 */
export function waivedMarks(file: ComposeFile, findings: readonly Finding[], given: readonly Waiver[] = []): Array<WaivedMark | undefined> {
  known ??= waivable(new Set(RULES.map((r) => r.id)))
  const { waivedBy } = matchWaivers(file, findings, known)
  return findings.map((f, i) => {
    const c = waivedBy[i]
    if (c) return { reason: c.reason, line: c.line }
    const w = given.length ? waiverFor(f, given) : undefined
    return w ? { reason: w.reason, line: w.line ?? f.line } : undefined
  })
}

/**
 * The fixes (by fixKey: one rule on one service) that would change a waived finding. Harden leaves them alone: a fix
 * covers every finding of its rule on the service, so one waived finding keeps the whole fix off, and the waiver stays
 * matched instead of being fixed away.
 */
export function waivedFixes(findings: ReadonlyArray<Finding & { waived?: WaivedMark }>): Set<string> {
  return new Set(findings.filter((f) => f.waived).map(fixKey))
}
