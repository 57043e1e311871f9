// One service hardened on its own, in a small file holding only it: the lines hardenText gives it over the whole file.
import { isMap } from 'yaml'
import { applyPlan } from '../compose/write/apply-plan'
import { setOp } from '../compose/write/plan'
import { sameData } from '../compose/write/plan-expect'
import { indentCounts } from '../compose/write/plan-style'
import type { IndentCounts, Style } from '../compose/write/plan-style'
import { aloneText, linesIn, plainService, serviceIndentCounts } from '../compose/write/service-split'
import type { ServiceSplit } from '../compose/write/service-split'
import { ownPair } from '../compose/write/plan-nodes'
import type { YMap } from '../compose/write/plan-nodes'
import { servicesMap } from '../compose/write/plan-by-service'
import type { ComposeFile } from '../compose/types'
import { fixKey, planFix } from '../rules/fix'
import { fixRules } from '../rules/harden'
import type { HardenOptions } from '../rules/harden'
import type { Finding, Rule } from '../rules/types'
import type { FindingsMemo } from './harden-findings'
import { addedBy, withNewKeys } from './harden-view'

/** A service hardened on its own: plain data, kept between runs on the same text. */
export interface ServiceOutcome {
  name: string
  /** Its new lines. */
  lines: string
  /** What they read as. */
  data: unknown
  /** Its layout counts in the texts it went through: the first as it was, then each that can decide a vote. */
  states: IndentCounts[]
  /** Per rule (by index), the findings fixed. */
  applied: Finding[][]
  /** Why a fix (by fixKey) did not make it. */
  failures: Array<[string, string]>
}

export interface AloneContext {
  split: ServiceSplit
  /** The rules whose fixes stay within a service, in FIX_ORDER. */
  rules: readonly Rule[]
  selected: (f: Finding) => boolean
  check: HardenOptions['check']
  parse: (text: string) => ComposeFile
  /** The whole file's layout habits: the service's lines are written in them (harden-services.ts checks they hold). */
  style: Style
  findings: FindingsMemo
}

/** Null when the service cannot be hardened on its own with the same outcome: the whole file then goes rule by rule. */
export function hardenAlone(ctx: AloneContext, name: string): ServiceOutcome | null {
  const text = aloneText(ctx.split, name)
  const file = text === null ? null : ctx.parse(text)
  if (!file || file.errors.length) return null
  return (plainService(file.doc, name) ? batched(ctx, name, file) : null) ?? stepByStep(ctx, name, file)
}

/** Rule by rule, as hardenText does, each step re-parsed. */
function stepByStep(ctx: AloneContext, name: string, file: ComposeFile): ServiceOutcome | null {
  const first = serviceIndentCounts(file.text, file.doc, name)
  if (!first) return null
  const states = [first]
  let strayed = false
  const onState = (text: string, doc: ComposeFile['doc']) => {
    const counts = linesIn(ctx.split, text) === null ? null : serviceIndentCounts(text, doc, name)
    if (counts) states.push(counts)
    else strayed = true
  }
  const run = fixRules(file, ctx.rules, mine(ctx, name), ctx.check, ctx.parse, { style: ctx.style, onState })
  if (strayed || run.broke) return null
  return outcome(ctx, name, run.file, states, run.applied, run.failures)
}

class Bail extends Error {}

/**
 * Rule by rule too, but the steps that only add keys (Harden's usual case: cap_drop, security_opt, read_only, deploy,
 * logging… on a service that has none) are not written and re-parsed one by one: the rules read the service with
 * them added (harden-view.ts), and they are written together before any other step, as one new key each. Added one
 * by one, each new key or entry goes right after the one before, and each nested addition goes where a rendering of
 * the whole new value puts it; so the text is the same. A finding on a key not written yet has no true position, and
 * findings are ordered by position: such a rule waits until the keys are written. Anything unexpected: null.
 */
function batched(ctx: AloneContext, name: string, start: ComposeFile): ServiceOutcome | null {
  const accept = mine(ctx, name)
  const first = serviceIndentCounts(start.text, start.doc, name)
  if (!first) return null
  const states = [first]
  const failures = new Map<string, string>()
  let real = start
  let view = start
  let data = serviceData(start, name)
  let added = new Set<string>()

  const write = () => {
    if (added.size === 0) return
    const ops = [...added].map((key) => setOp(['services', name, key], data[key]))
    const out = applyPlan(real.text, ops, { parse: ctx.parse, style: ctx.style })
    const next = out.ok ? ctx.parse(out.text) : null
    const counts = next && !next.errors.length && linesIn(ctx.split, next.text) !== null ? newKeyCounts(next, name, added, ctx.style) : null
    if (!next || !counts || !sameData(serviceData(next, name), data)) throw new Bail()
    states.push(counts)
    real = view = next
    added = new Set()
  }

  try {
    const applied = ctx.rules.map((rule): Finding[] => {
      const ofRule = () => ctx.findings.of(view).filter((f) => f.ruleId === rule.id)
      let findings = ofRule()
      if (added.size && findings.some((f) => f.service === name && typeof f.at?.[0] === 'string' && added.has(f.at[0]))) {
        write()
        findings = ofRule()
      }
      const group = findings.filter(accept)
      if (group.length === 0) return []
      const plan = planFix(group[0], view, findings)
      if (typeof plan === 'string') return []
      const more = addedBy(plan.ops, name, data, added)
      if (!more) return ordinary(rule)
      const next = withNewKeys(real, name, more.data, more.added)
      ctx.findings.after(view, next, name, new Set(plan.ops.map((op) => String(op.path[2]))))
      const veto = ctx.check?.(view, next, rule.id)
      if (veto) {
        for (const f of group) failures.set(fixKey(f), veto)
        return []
      }
      ;({ data, added } = more)
      view = next
      return group
    })
    write()
    return outcome(ctx, name, real, states, applied, failures)
  } catch (err) {
    if (err instanceof Bail) return null
    throw err
  }

  /** A step that does more than add: what was added is written first, then the step is made and re-parsed as hardenText does. */
  function ordinary(rule: Rule): Finding[] {
    write()
    let strayed = false
    const onState = (text: string, doc: ComposeFile['doc']) => {
      const counts = linesIn(ctx.split, text) === null ? null : serviceIndentCounts(text, doc, name)
      if (counts) states.push(counts)
      else strayed = true
    }
    const run = fixRules(real, [rule], accept, ctx.check, ctx.parse, { style: ctx.style, onState })
    if (strayed || run.broke) throw new Bail()
    for (const [key, reason] of run.failures) failures.set(key, reason)
    real = view = run.file
    data = serviceData(real, name)
    return run.applied[0]
  }
}

/** The service's fixable findings that the harden selects (the small file may show other findings, never others' fixes). */
const mine = (ctx: AloneContext, name: string) => (f: Finding) => f.service === name && ctx.selected(f)

const serviceData = (file: ComposeFile, name: string): Record<string, unknown> =>
  ((file.data?.services as Record<string, Record<string, unknown>> | undefined)?.[name]) ?? {}

/**
 * The service's counts with its new keys written, when those keys only count for the habits in use: then each text on
 * the way (some of them added) counts between the one before and this one for every vote, and only these two matter.
 */
function newKeyCounts(file: ComposeFile, name: string, keys: ReadonlySet<string>, style: Style): IndentCounts | null {
  const map = servicesMap(file)?.map
  const service = map && ownPair(map, name)?.value
  if (!isMap(service)) return null
  for (const key of keys) {
    const pair = ownPair(service as YMap, key)
    if (!pair) return null
    const { maps, seqs } = indentCounts(file.text, pair)
    if ([...maps.keys()].some((k) => k !== style.indent) || [...seqs.keys()].some((k) => k !== style.seqIndent)) return null
  }
  return serviceIndentCounts(file.text, file.doc, name)
}

/** A position in a failure (a YAML error) would be one of the small file's: the service is redone over the whole file. */
const POSITION = /\bline \d+, column \d+/

function outcome(
  ctx: AloneContext,
  name: string,
  file: ComposeFile,
  states: IndentCounts[],
  applied: Finding[][],
  failures: ReadonlyMap<string, string>,
): ServiceOutcome | null {
  const lines = linesIn(ctx.split, file.text)
  if (lines === null || [...failures.values()].some((r) => POSITION.test(r))) return null
  return { name, lines, data: serviceData(file, name), states, applied, failures: [...failures] }
}
