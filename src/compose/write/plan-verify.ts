// The safety net: new text must parse, hold the op's value at its path, and read back exactly like its structural twin.
import type { EditOp } from '../types'
import { readChanged } from './plan-change'
import type { Change } from './plan-change'
import { appended, getIn, sameData } from './plan-expect'
import { MAX_ALIAS_COUNT } from '../read/parse'
import { describePath } from './plan-nodes'
import { parseText } from './plan-parse'
import type { Parsed } from './plan-parse'

export type Verified = { ok: true; parsed: Parsed } | { ok: false; error: string }

export function verify(before: Parsed, text: string, change: Change | null, op: EditOp, read: (text: string) => Parsed = parseText): Verified {
  return verifyAll(before, text, [{ op, change }], read)
}

/** The same checks for ops made side by side (each on its own part of the file), against one re-parse of their result. */
export function verifyAll(
  before: Parsed,
  text: string,
  steps: ReadonlyArray<{ op: EditOp; change: Change | null }>,
  read: (text: string) => Parsed = parseText,
): Verified {
  const after = read(text)
  if (after.error) return { ok: false, error: `the result would not be valid YAML (${after.error})` }
  const old = before.data
  const now = after.data
  if (!old.ok) return { ok: false, error: `the file cannot be read (${old.error})` }
  if (!now.ok) return { ok: false, error: `the result could not be read (${now.error})` }
  for (const { op } of steps) {
    const problem = missedIntent(op, old.value, now.value)
    if (problem) return { ok: false, error: problem }
  }
  const changes = steps.flatMap(({ change }) => (change ? [change] : []))
  const problem = changes.length ? strayChange(before, changes, now.value) : null
  return problem ? { ok: false, error: problem } : { ok: true, parsed: after }
}

/** Set and append must read back as planned at their path; a deleted map key must be gone (items shift, so they are not checked here). */
function missedIntent(op: EditOp, old: unknown, now: unknown): string | null {
  const got = getIn(now, op.path)
  if (op.kind === 'delete') {
    const isKey = typeof op.path[op.path.length - 1] === 'string'
    return !isKey || got === undefined ? null : `${describePath(op.path)} would still read as ${JSON.stringify(got)}`
  }
  if (op.kind !== 'set' && op.kind !== 'append') return null
  const intended = op.kind === 'set' ? op.value : appended(getIn(old, op.path), op.value)
  if (sameData(got, intended)) return null
  return `${describePath(op.path)} would read back as ${JSON.stringify(got) ?? 'nothing'}, not ${JSON.stringify(intended)}`
}

function strayChange(before: Parsed, changes: readonly Change[], now: unknown): string | null {
  let expected: unknown
  try {
    expected = readChanged(before.doc, changes, (doc) => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown) ?? {}
  } catch (err) {
    return `the change could not be checked (${err instanceof Error ? err.message : String(err)})`
  }
  return sameData(now, expected) ? null : 'the edit would also change other values in the file'
}
