// The harden dialog's choices: one per (rule, service) with an automatic fix, since a rule's fix covers every
// finding it has on a service. Safe ones start ticked; unsafe ones wait for the user to tick them one by one.
import type { ComposeFile } from '../compose/types'
import { fixKey } from '../rules/fix'
import { describeFix } from '../rules/fix-description'
import type { Finding, FixKind, Severity } from '../rules/types'
import { RULE_BY_ID } from '../rules/registry'
import { SEVERITIES } from '../rules/types'
import type { HardenResult, HardenSession } from './harden'
import { hardenTicked, tickSession } from './harden-session'
import { waivedMarks } from './waivers'

export interface HardenChoice {
  /** Stable across edits (line numbers move): the fix's {@link fixKey}. */
  key: string
  ruleId: string
  service: string | null
  fix: Exclude<FixKind, 'none'>
  /** The worst severity among the findings the fix covers. */
  severity: Severity
  title: string
  /** What the fix does and what it may break, from the rule. */
  fixDescription: string
  /** The findings' messages, in document order. */
  messages: string[]
  line: number
}

const rank = (s: Severity) => SEVERITIES.indexOf(s)

/**
 * The fixable findings as choices: safe ones first, then unsafe; each group by line, then severity. With the file,
 * a waived finding offers no fix (the waiver records why it stays), and each choice says what its fix does on that
 * service (the image's needs, rules/fix-description.ts) rather than the rule's general text.
 */
export function hardenChoices(findings: readonly Finding[], file?: ComposeFile): HardenChoice[] {
  const byKey = new Map<string, HardenChoice>()
  const waived = file ? waivedMarks(file, findings) : []
  for (const [i, f] of findings.entries()) {
    if (f.fix === 'none' || waived[i]) continue
    const key = fixKey(f)
    const seen = byKey.get(key)
    if (seen) {
      if (rank(f.severity) < rank(seen.severity)) seen.severity = f.severity
      if (f.fix === 'unsafe') seen.fix = 'unsafe'
      seen.messages.push(f.message)
      continue
    }
    const rule = RULE_BY_ID.get(f.ruleId)
    byKey.set(key, {
      key,
      ruleId: f.ruleId,
      service: f.service,
      fix: f.fix,
      severity: f.severity,
      title: rule?.title ?? f.ruleId,
      fixDescription: (file && describeFix(f, file)) || rule?.fixDescription || '',
      messages: [f.message],
      line: f.line,
    })
  }
  const order = (c: HardenChoice) => (c.fix === 'safe' ? 0 : 1)
  return [...byKey.values()].sort((a, b) => order(a) - order(b) || a.line - b.line || rank(a.severity) - rank(b.severity) || (a.ruleId < b.ruleId ? -1 : 1))
}

/** What the dialog starts with: every safe fix. */
export function defaultSelection(choices: readonly HardenChoice[]): Set<string> {
  return new Set(choices.filter((c) => c.fix === 'safe').map((c) => c.key))
}

/** The combined result of the ticked fixes (a step that would lower a score is reverted and reported as skipped). */
export function hardenSelected(text: string, selected: ReadonlySet<string>): HardenResult {
  return hardenPrepared(preparedFor(text), selected)
}

/**
 * A text made ready for ticking fixes: it holds caches (parses, findings, each service hardened on its own per set of
 * ticks on it) and stays where it was made (the engine worker); what hardenPrepared returns is plain data, for the page.
 *
 *   const prepared = prepareHarden(text)                   // when the dialog opens
 *   let result = hardenPrepared(prepared, defaultSelection(prepared.choices))
 *   result = hardenPrepared(prepared, ticked)              // on each tick: only the services whose ticks changed are redone
 *
 * The fixes that reach across services (a database's internal network), and files whose services read each other
 * (anchors, `extends`), are redone on each tick. hardenPrepared(p, s) is always exactly what hardenSelected(p.text, s)
 * gives; hardenSelected and hardenChoicesFor keep the last text prepared, so they share this work too.
 */
export interface PreparedHarden {
  readonly text: string
  readonly choices: readonly HardenChoice[]
  readonly session: HardenSession
}

export function prepareHarden(text: string): PreparedHarden {
  const session = tickSession(text)
  const file = session.parse(text)
  return { text, choices: hardenChoices(session.findings.of(file), file), session }
}

export function hardenPrepared(prepared: PreparedHarden, selected: ReadonlySet<string>): HardenResult {
  return hardenTicked(prepared.session, selected)
}

let last: PreparedHarden | undefined

/** The dialog asks about one text many times in a row: the last text prepared is kept. */
function preparedFor(text: string): PreparedHarden {
  if (last?.text !== text) last = prepareHarden(text)
  return last
}

/** Ticked fixes that did not make it into the result, with the reason; unticked ones are not listed. */
export function failedChoices(result: HardenResult, selected: ReadonlySet<string>): Map<string, string> {
  const failed = new Map<string, string>()
  for (const { finding, reason } of result.skipped) {
    const key = fixKey(finding)
    if (selected.has(key) && finding.fix !== 'none' && !failed.has(key)) failed.set(key, reason)
  }
  return failed
}

/** The choices for a document's text (none while it cannot be parsed). */
export function hardenChoicesFor(text: string): HardenChoice[] {
  return [...preparedFor(text).choices]
}
