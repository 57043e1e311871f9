// applyPlan never throws, never touches invalid YAML, and returns only text that re-parses to exactly the planned data:
// the text making the ops one by one gives, whether they are made that way or against one parse (new keys of one map,
// ops on different services).
import type { Document } from 'yaml'
import type { ApplyResult, ComposeFile, EditOp, EditPlan } from '../types'
import { minimalEdit } from './minimal-edit'
import { applyEdit } from './plan-ops'
import { applyByService } from './plan-by-service'
import { insertsTogether } from './plan-insert-run'
import { parsedVia, parseText } from './plan-parse'
import type { Parsed } from './plan-parse'
import { describePath } from './plan-nodes'
import { unsupportedValue } from './plan-render'
import type { PlanCtx } from './plan-context'
import { detectStyle } from './plan-style'
import type { Style } from './plan-style'
import { verify } from './plan-verify'

export interface ApplyOptions {
  /** Parses a text: a caller that needs the results parsed anyway (Harden, rule after rule) passes its parser, so each text is parsed once. */
  parse?: (text: string) => ComposeFile
  /**
   * The layout habits to write in, instead of the ones the text shows: Harden changes a service on its own, in a file
   * holding only that service, and writes in the whole file's habits (it checks they hold throughout).
   */
  style?: Style
  /**
   * Sees each verified text on the way, with its parse: after each op, or after ops made against one parse (new keys
   * of one map: the texts between only add votes for the habits in use). Harden checks with it that the habits hold.
   */
  onState?: (text: string, doc: Document.Parsed) => void
}

export function applyPlan(text: string, plan: EditPlan | readonly EditOp[], options: ApplyOptions = {}): ApplyResult {
  const ops: readonly EditOp[] = isOpList(plan) ? plan : plan.ops
  const read = options.parse ? parsedVia(options.parse) : parseText
  try {
    let current = read(text)
    if (current.error) return { ok: false, error: `The YAML has an error, so nothing was changed: ${current.error}. Fix it first.` }
    const seen = options.onState ? (p: Parsed) => options.onState?.(p.text, p.doc) : undefined
    // Ops inside services and under top-level keys, side by side (applyByService) when that can be: Harden's
    // internal networks declare a top-level network and change many services, in one parse.
    const mixed = !options.style && ops.length > 1 && ops.every(sideBySide) && ops.some((op) => !insideService(op)) ? inOneParse(current, ops, read, undefined, seen) : null
    const runs = mixed ? [] : serviceRuns(ops)
    if (mixed) current = mixed
    for (let i = 0; i < runs.length; i++) {
      let run = runs[i]
      // Harden's plans repeat a top-level op between services' ops (each database's plan declares the network): once
      // made, it changes nothing, and ops inside services never touch top-level lines, so the runs around it are one.
      while (isServiceRun(run) && i + 2 < runs.length && isServiceRun(runs[i + 2]) && changesNothing(current, runs[i + 1][0])) {
        run = [...run, ...runs[i + 2]]
        i += 2
      }
      const together = run.length > 1 && !run.some(invalidOp) ? inOneParse(current, run, read, options.style, seen) : null
      if (together) {
        current = together
        continue
      }
      for (const op of run) {
        const step = applyOne(current, op, read, options.style)
        if (!step.ok) return step
        if (step.parsed !== current) seen?.(step.parsed)
        current = step.parsed
      }
    }
    const edit = minimalEdit(text, current.text)
    return { ok: true, text: current.text, edits: edit ? [edit] : [] }
  } catch (err) {
    return { ok: false, error: `Unexpected failure while changing the YAML: ${err instanceof Error ? err.message : String(err)}` }
  }
}

export function applyOp(text: string, op: EditOp): ApplyResult {
  return applyPlan(text, [op])
}

const insideService = (op: EditOp) => op.path[0] === 'services' && op.path.length >= 3
/** An op applyByService can make beside others: inside a service, or under a top-level key other than `services`. */
const sideBySide = (op: EditOp) => !invalidOp(op) && (insideService(op) || (op.path[0] !== 'services' && op.path.length >= 2))
const isServiceRun = (run: readonly EditOp[]) => insideService(run[0])

/** A top-level op that leaves `current` as it is (and so stays so while only services change). */
function changesNothing(current: Parsed, op: EditOp): boolean {
  if (op.path[0] === 'services' || invalidOp(op)) return false
  const step = applyEdit(contextOf(current), op)
  return step.ok && step.text === current.text
}

/** The ops in order, in runs of consecutive ops inside services; any other op is a run of its own. */
function serviceRuns(ops: readonly EditOp[]): EditOp[][] {
  const runs: EditOp[][] = []
  let run: EditOp[] = []
  for (const op of ops) {
    if (insideService(op)) {
      run.push(op)
      continue
    }
    if (run.length) runs.push(run)
    runs.push([op])
    run = []
  }
  if (run.length) runs.push(run)
  return runs
}

/**
 * Harden's plans add many keys to a service, or touch many services: new keys of one map take one parse in all, ops on
 * several services a parse per round instead of one per op (not with a given style: that path checks the file's own
 * vote). Anything odd: one by one.
 */
function inOneParse(start: Parsed, ops: readonly EditOp[], read: (text: string) => Parsed, style: Style | undefined, seen?: (p: Parsed) => void): Parsed | null {
  try {
    const done = insertsTogether(start, ops, read, contextOf(start, style)) ?? (style ? null : applyByService(start, ops, read))
    if (done) seen?.(done)
    return done
  } catch {
    return null
  }
}

const isOpList = (plan: EditPlan | readonly EditOp[]): plan is readonly EditOp[] => Array.isArray(plan)

function applyOne(before: Parsed, op: EditOp, read: (text: string) => Parsed, style?: Style): { ok: true; parsed: Parsed } | { ok: false; error: string } {
  const problem = invalidOp(op)
  const step = problem ? { ok: false as const, error: problem } : applyEdit(contextOf(before, style), op)
  if (step.ok && step.text === before.text) return { ok: true, parsed: before }
  const checked = step.ok ? verify(before, step.text, step.change, op, read) : step
  return checked.ok ? checked : { ok: false, error: `Cannot ${op.kind} ${describePath(op.path)}: ${checked.error}.` }
}

/** Layout habits are read only when an op writes block lines. */
function contextOf({ text, doc }: Parsed, given?: Style): PlanCtx {
  let style = given
  return {
    text,
    doc,
    get style() {
      return (style ??= detectStyle(text, doc))
    },
  }
}

function invalidOp(op: EditOp): string | null {
  if (op.path.length === 0) return 'the path is empty'
  if (op.kind === 'set' || op.kind === 'append') return unsupportedValue(op.value)
  if (op.kind === 'rename' && (typeof op.key !== 'string' || op.key === '')) return 'the new key must be a non-empty string'
  return null
}
