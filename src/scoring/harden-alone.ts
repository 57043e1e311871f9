// One service (or a group that reads one another) hardened on its own, in a small file holding only it: the lines
// hardenText gives it over the whole file.
import { appendOp, setOp } from '../compose/write/plan'
import { sameData } from '../compose/write/plan-expect'
import type { IndentCounts, Style } from '../compose/write/plan-style'
import { aloneText, linesIn, partsIn, plainService, serviceIndentCounts } from '../compose/write/service-split'
import type { ServiceSplit } from '../compose/write/service-split'
import { blockAt, newKeyLines } from '../compose/write/plan-insert-run'
import { isNonEmptyCollection, isPlainObject } from '../compose/write/plan-render'
import type { ComposeFile, YamlPath } from '../compose/types'
import { fixKey, planFix } from '../rules/fix'
import { fixRules } from '../rules/harden'
import type { HardenOptions } from '../rules/harden'
import type { Finding, Rule } from '../rules/types'
import type { FindingsMemo } from './harden-findings'
import { addedBy, pointsIntoAdditions, withAdditions } from './harden-view'
import type { Addition } from './harden-view'

/** A service, or a group of services, hardened on its own: plain data, kept between runs on the same text. */
export interface ServiceOutcome {
  /** Each service's new lines, and what they read as. */
  parts: Array<{ name: string; lines: string; data: unknown }>
  /** Its layout counts (the group's together) in the texts it went through: the first as it was, then each that can decide a vote. */
  states: IndentCounts[]
  /** Per rule (by index), the findings fixed, and the round each was fixed in (a service may wait for its `extends` base). */
  applied: Finding[][]
  rounds: number[][]
  /** Why a fix (by fixKey) did not make it. */
  failures: Array<[string, string]>
}

export interface AloneContext {
  /** The whole file. */
  file: ComposeFile
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

/** Null when the services cannot be hardened on their own with the same outcome: the whole file then goes rule by rule. */
export function hardenAlone(ctx: AloneContext, names: readonly string[]): ServiceOutcome | null {
  const fast = names.length === 1 && plainService(ctx.file.doc, names[0]) ? batched(ctx, names[0]) : null
  if (fast) return fast
  const text = aloneText(ctx.split, names)
  const file = text === null ? null : ctx.parse(text)
  return file && !file.errors.length ? stepByStep(ctx, names, file) : null
}

/** Rule by rule, as hardenText does, each step re-parsed. */
function stepByStep(ctx: AloneContext, names: readonly string[], file: ComposeFile): ServiceOutcome | null {
  const countsOf = (text: string, doc: ComposeFile['doc']) => {
    const each = names.map((n) => serviceIndentCounts(text, doc, n))
    return each.every((c) => c !== null) && linesIn(ctx.split, text) !== null ? sum(...(each as IndentCounts[])) : null
  }
  const first = countsOf(file.text, file.doc)
  if (!first) return null
  const states = [first]
  let strayed = false
  const onState = (text: string, doc: ComposeFile['doc']) => {
    const counts = countsOf(text, doc)
    if (counts) states.push(counts)
    else strayed = true
  }
  const accept = (f: Finding) => f.service !== null && names.includes(f.service) && ctx.selected(f)
  const run = fixRules(file, ctx.rules, accept, ctx.check, ctx.parse, { apply: { style: ctx.style, onState }, findings: ctx.findings.of })
  const lines = partsIn(ctx.split, run.file, names)
  if (strayed || run.broke || !lines) return null
  const parts = names.map((name) => ({ name, lines: lines.get(name) as string, data: serviceData(run.file, name) }))
  return outcome(parts, states, run.applied, run.rounds, run.failures)
}

class Bail extends Error {}

/**
 * Rule by rule too, but the steps that only add (Harden's usual case: cap_drop, security_opt, read_only, deploy,
 * logging… on a service that has none; a memory limit into an existing `deploy:`, a host_ip into each long-syntax
 * port) are neither written nor parsed one by one: the rules read the service with the additions made (harden-view.ts),
 * and their lines are written together, one block per container, before any other kind of step or at the end. One by
 * one, each new entry goes right after the container's last entry, which is then the one added before; containers only
 * share a place when one holds the other as its last entry, and then the inner one's lines come first; and a nested
 * addition goes where rendering the whole new value puts it. So the text is the same. Until a step needs its own text,
 * the service is read in the whole file's parse; a service whose steps all add is never parsed here (joining checks
 * what it reads as). A finding inside an addition has no true position, and findings are ordered by position: such a
 * rule waits until the additions are written. A waiver comment could end up above another line: with one, no batching.
 * Anything unexpected: null.
 */
function batched(ctx: AloneContext, name: string): ServiceOutcome | null {
  const { split } = ctx
  const index = split.services.findIndex((s) => s.name === name)
  const first = serviceIndentCounts(ctx.file.text, ctx.file.doc, name)
  if (index < 0 || !first) return null
  if (/secure-compose:/.test(split.head + split.services[index].lines + split.tailAlone)) return null
  const accept = mine(ctx, name)
  const from = split.head.length + split.services.slice(0, index).reduce((n, s) => n + s.lines.length, 0)
  const states = [first]
  const failures = new Map<string, string>()
  /** The last parse holding the service's lines as written: the whole file, then its small file once a step needs one. */
  let real: ComposeFile | null = null
  let base = onlyService(ctx.file, name)
  let view = base
  let lines = split.services[index].lines
  let counts = first
  let data = serviceData(ctx.file, name)
  let additions: Addition[] = []
  const writtenAt = (path: YamlPath) => blockAt(real ?? ctx.file, ['services', name, ...path])

  /** The service's lines with the additions written, and their layout counts. */
  const written = (): { lines: string; counts: IndentCounts } => {
    if (additions.length === 0) return { lines, counts }
    const source = real ?? ctx.file
    const offset = real ? split.head.length : from
    const byContainer = new Map<string, Addition[]>()
    for (const a of additions) byContainer.set(JSON.stringify(a.at), [...(byContainer.get(JSON.stringify(a.at)) ?? []), a])
    const pieces = [...byContainer.values()].map((group) => {
      const path = ['services', name, ...group[0].at]
      const ops = group.map((a) => (typeof a.entry[a.entry.length - 1] === 'number' ? appendOp(path, a.value) : setOp([...path, a.entry[a.entry.length - 1]], a.value)))
      const out = newKeyLines({ text: source.text, doc: source.doc, style: ctx.style }, ops)
      if (!out || out.at < offset || out.at > offset + lines.length) throw new Bail()
      return { at: out.at - offset, lines: out.lines, depth: path.length }
    })
    // In text order; at one place, the inner container's lines first.
    pieces.sort((a, b) => a.at - b.at || b.depth - a.depth)
    let text = ''
    let at = 0
    for (const p of pieces) {
      text += lines.slice(at, p.at) + p.lines
      at = p.at
    }
    const more = additions.map((a) => renderedCounts(a.value, ctx.style, typeof a.entry[a.entry.length - 1] === 'number'))
    return { lines: text + lines.slice(at), counts: sum(counts, ...more) }
  }

  /** The small file with the additions written, parsed: for a step that does more than add, or a finding inside an addition. */
  const parsed = (): ComposeFile => {
    const now = written()
    const next = ctx.parse(split.head + now.lines + split.tailAlone)
    const nextCounts = next.errors.length ? null : serviceIndentCounts(next.text, next.doc, name)
    if (!nextCounts || !sameCounts(nextCounts, now.counts) || !sameData(serviceData(next, name), data)) throw new Bail()
    if (additions.length) states.push(nextCounts)
    real = base = view = next
    lines = now.lines
    counts = nextCounts
    additions = []
    return next
  }

  try {
    const applied = ctx.rules.map((rule): Finding[] => {
      const ofRule = () => ctx.findings.view(view).filter((f) => f.ruleId === rule.id)
      let findings = ofRule()
      if (additions.length && findings.some((f) => f.service === name && pointsIntoAdditions(additions, f.at))) {
        parsed()
        findings = ofRule()
      }
      const group = findings.filter(accept)
      if (group.length === 0) return []
      const plan = planFix(group[0], view, findings)
      if (typeof plan === 'string') return []
      const more = addedBy(plan.ops, name, data, additions, writtenAt)
      if (!more) return ordinary(rule)
      const next = withAdditions(base, name, more.data, more.additions)
      ctx.findings.after(view, next, name, new Set(plan.ops.map((op) => String(op.path[2]))))
      const veto = ctx.check?.(view, next, rule.id)
      if (veto) {
        for (const f of group) failures.set(fixKey(f), veto)
        return []
      }
      ;({ data, additions } = more)
      view = next
      return group
    })
    const end = written()
    if (additions.length) states.push(end.counts)
    return outcome([{ name, lines: end.lines, data }], states, applied, applied.map((fs) => fs.map(() => 0)), failures)
  } catch (err) {
    if (err instanceof Bail) return null
    throw err
  }

  /** A step that does more than add: the additions are written first, then the step is made and re-parsed as hardenText does. */
  function ordinary(rule: Rule): Finding[] {
    const start = !real || additions.length ? parsed() : real
    let strayed = false
    const onState = (text: string, doc: ComposeFile['doc']) => {
      const c = linesIn(split, text) === null ? null : serviceIndentCounts(text, doc, name)
      if (c) states.push(c)
      else strayed = true
    }
    const run = fixRules(start, [rule], accept, ctx.check, ctx.parse, { apply: { style: ctx.style, onState }, findings: ctx.findings.of })
    const now = linesIn(split, run.file.text)
    if (strayed || run.broke || now === null) throw new Bail()
    for (const [key, reason] of run.failures) failures.set(key, reason)
    real = base = view = run.file
    lines = now
    counts = states[states.length - 1]
    data = serviceData(real, name)
    return run.applied[0]
  }
}

/** The whole file as the rules read one service of it: its other services left out. */
function onlyService(file: ComposeFile, name: string): ComposeFile {
  const services = file.services.filter((s) => s.name === name)
  return { ...file, data: { ...file.data, services: { [name]: serviceData(file, name) } }, services }
}

/** The service's fixable findings that the harden selects (the small file may show other findings, never others' fixes). */
const mine = (ctx: AloneContext, name: string) => (f: Finding) => f.service === name && ctx.selected(f)

const serviceData = (file: ComposeFile, name: string): Record<string, unknown> =>
  ((file.data?.services as Record<string, Record<string, unknown>> | undefined)?.[name]) ?? {}

/** The layout counts an added key's value (or an added item) brings, as rendered: each nested collection one unit deeper than its key. */
function renderedCounts(value: unknown, style: Style, item = false): IndentCounts {
  const counts: IndentCounts = { maps: new Map(), seqs: new Map() }
  const add = (into: Map<number, number>, k: number) => into.set(k, (into.get(k) ?? 0) + 1)
  const pair = (v: unknown): void => {
    if (!isNonEmptyCollection(v)) return
    if (Array.isArray(v)) add(counts.seqs, style.seqIndent)
    else add(counts.maps, style.indent)
    entries(v)
  }
  const entries = (v: unknown): void => {
    if (Array.isArray(v)) for (const item of v) { if (isPlainObject(item)) entries(item) }
    else if (isPlainObject(v)) for (const inner of Object.values(v)) pair(inner)
  }
  if (item) entries(value)
  else pair(value)
  return counts
}

export function sum(...all: IndentCounts[]): IndentCounts {
  const out: IndentCounts = { maps: new Map(), seqs: new Map() }
  for (const c of all) {
    for (const [k, n] of c.maps) out.maps.set(k, (out.maps.get(k) ?? 0) + n)
    for (const [k, n] of c.seqs) out.seqs.set(k, (out.seqs.get(k) ?? 0) + n)
  }
  return out
}

const sameMap = (a: Map<number, number>, b: Map<number, number>) => {
  const keys = new Set([...a.keys(), ...b.keys()])
  return [...keys].every((k) => (a.get(k) ?? 0) === (b.get(k) ?? 0))
}
export const sameCounts = (a: IndentCounts, b: IndentCounts) => sameMap(a.maps, b.maps) && sameMap(a.seqs, b.seqs)

/** A position in a failure (a YAML error) would be one of the small file's: the service is redone over the whole file. */
const POSITION = /\bline \d+, column \d+/

function outcome(
  parts: ServiceOutcome['parts'],
  states: IndentCounts[],
  applied: Finding[][],
  rounds: number[][],
  failures: ReadonlyMap<string, string>,
): ServiceOutcome | null {
  if ([...failures.values()].some((r) => POSITION.test(r))) return null
  return { parts, states, applied, rounds, failures: [...failures] }
}
