// hardenText applies every selected fix of a file in FIX_ORDER, one rule at a time, re-parsing between rules;
// a step that fails, breaks the YAML or is vetoed by `check` is reverted, so the result always parses.
// It is the reference: scoring/harden-services.ts gets its text faster, service by service.
import { parseCompose } from '../compose/read/parse'
import type { ComposeFile } from '../compose/types'
import { analyze } from './engine'
import { applyRuleFixes, findingKey, fixKey } from './fix'
import type { RuleFixOptions } from './fix'
import { RULES } from './registry'
import type { Finding, Rule } from './types'

/**
 * Removals first (they make later findings disappear: a db without ports needs no host IP), then rewrites of
 * existing values, then additions, then the structural one that adds a network, and last the waiver comments that
 * match nothing (any more). Fixable rules not listed here run after these, in id order (a test keeps the list complete).
 */
export const FIX_ORDER: readonly string[] = [
  'no-privileged', 'no-host-network', 'no-host-namespaces', 'no-docker-socket', 'no-dangerous-capabilities',
  'no-seccomp-unconfined', 'no-apparmor-unconfined', 'no-selinux-disabled', 'no-shared-mount-propagation', 'no-exposed-database-ports',
  'require-port-host-ip', 'require-tmpfs-size', 'no-tmpfs-exec', 'require-non-root-user',
  'require-cap-drop-all', 'require-no-new-privileges', 'require-read-only-rootfs',
  'require-memory-limit', 'require-cpu-limit', 'require-pids-limit', 'require-logging-limits',
  'require-internal-network-for-database', 'invalid-waiver',
]

export interface HardenOptions {
  /** Also apply unsafe fixes (they may break the workload); safe ones always apply. */
  unsafe: boolean
  /**
   * Restricts which findings are fixed. It sees findings of the text as it is when their rule's turn comes (Harden
   * service by service shows it a service's findings in a file holding only that service: other lines, same keys).
   */
  only?: (f: Finding) => boolean
  rules?: readonly Rule[]
  /**
   * Vetoes a step: returns why `next` must not replace `prev`, or undefined to keep it. Harden service by service
   * calls it with files holding that one service (and the top-level keys): a score check then sees that service's score.
   */
  check?: (prev: ComposeFile, next: ComposeFile, ruleId: string) => string | undefined
  /** Parses a text; a caller that parsed it already passes its {@link recentParses} to share them. */
  parse?: (text: string) => ComposeFile
}

export interface Skipped {
  finding: Finding
  reason: string
}

export interface HardenTextResult {
  text: string
  /** Findings whose fixes were applied (positions of the input text where the finding existed there). */
  applied: Finding[]
  /** Findings of the input that remain, with why. */
  skipped: Skipped[]
}

export function orderedFixRules(rules: readonly Rule[] = RULES): Rule[] {
  const rank = (r: Rule) => { const i = FIX_ORDER.indexOf(r.id); return i < 0 ? FIX_ORDER.length : i }
  return rules.filter((r) => r.fix !== 'none').sort((a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** parseCompose remembering the last few texts: each step's result is parsed once, for its fixes, the next rule and the check. */
export function recentParses(): (text: string) => ComposeFile {
  const recent: ComposeFile[] = []
  return (text) => {
    const hit = recent.find((f) => f.text === text)
    if (hit) return hit
    const file = parseCompose(text)
    recent.unshift(file)
    recent.length = Math.min(recent.length, 4)
    return file
  }
}

export function hardenText(text: string, options: HardenOptions): HardenTextResult {
  const rules = options.rules ?? RULES
  const parse = options.parse ?? recentParses()
  const file = parse(text)
  if (file.errors.length) return { text, applied: [], skipped: [] }
  const before = analyze(file, rules)
  const run = fixRules(file, orderedFixRules(rules), selection(options), options.check, parse)
  return hardenOutcome(file, before, run, options)
}

/** Which findings a harden with these options fixes. */
export const selection = (options: Pick<HardenOptions, 'unsafe' | 'only'>) => (f: Finding): boolean =>
  f.fix !== 'none' && (options.unsafe || f.fix === 'safe') && (options.only?.(f) ?? true)

export interface FixRun {
  file: ComposeFile
  /** Per rule of the run (by index), the findings whose fixes were applied. */
  applied: Finding[][]
  /** Per rule, the round each applied finding was fixed in (see applyRuleFixes). */
  rounds: number[][]
  /** Why a fix (by {@link fixKey}) did not make it. */
  failures: Map<string, string>
  /** A step gave text that does not parse (it was reverted). */
  broke: boolean
}

/** The rules one after the other over `start`: each rule's fixes (see applyRuleFixes for `more`), then the check. */
export function fixRules(
  start: ComposeFile,
  rules: readonly Rule[],
  selected: (f: Finding) => boolean,
  check: HardenOptions['check'],
  parse: (text: string) => ComposeFile,
  more: Omit<RuleFixOptions, 'parse'> = {},
): FixRun {
  let file = start
  let broke = false
  const failures = new Map<string, string>()
  const rounds: number[][] = []
  const applied = rules.map((rule) => {
    const out = applyRuleFixes(file.text, rule, selected, { ...more, parse })
    for (const { finding, error } of out.failed) failures.set(fixKey(finding), `fix failed: ${error}`)
    rounds.push([])
    if (out.text === file.text) return []
    const next = parse(out.text)
    broke ||= next.errors.length > 0
    const veto = next.errors.length
      ? `the fix produced invalid YAML (${next.errors[0].line}:${next.errors[0].column} ${next.errors[0].message}); reverted`
      : check?.(file, next, rule.id)
    if (veto) {
      for (const f of out.applied) failures.set(fixKey(f), veto)
      return []
    }
    file = next
    rounds[rounds.length - 1] = out.rounds
    return out.applied
  })
  return { file, applied, rounds, failures, broke }
}

/** The result of a run from the input's findings: applied ones as they were there, and why each remaining one is left. */
export function hardenOutcome(
  input: ComposeFile,
  before: readonly Finding[],
  run: Pick<FixRun, 'file' | 'applied' | 'failures'>,
  options: HardenOptions,
  after: readonly Finding[] = analyze(run.file, options.rules ?? RULES),
): HardenTextResult {
  const byKey = new Map(before.map((f) => [findingKey(f), f]))
  // A fixed finding the input did not have (an earlier fix made it) is placed where the input has its service.
  const keyPos = new Map(input.services.map((s) => [s.name, s.keyPos]))
  const placed = (f: Finding): Finding => {
    const at = f.service === null ? undefined : keyPos.get(f.service)
    return at ? { ...f, line: at.line, column: at.column } : f
  }
  const remaining = new Set(after.map(findingKey))
  const skipped: Skipped[] = []
  for (const f of before) {
    if (!remaining.has(findingKey(f))) continue
    skipped.push({ finding: f, reason: skipReason(f, options, run.failures) })
  }
  return { text: run.file.text, applied: run.applied.flat().map((f) => byKey.get(findingKey(f)) ?? placed(f)), skipped }
}

function skipReason(f: Finding, options: HardenOptions, failures: ReadonlyMap<string, string>): string {
  if (f.fix === 'none') return 'no automatic fix: change it by hand'
  if (f.fix === 'unsafe' && !options.unsafe) return 'unsafe fix not selected'
  if (options.only && !options.only(f)) return 'not selected'
  return failures.get(fixKey(f)) ?? 'still reported after its fix'
}
