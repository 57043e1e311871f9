// One op → new text, unverified. Values reached only through `<<` or an alias are materialised as own keys, never edited at the anchor.
import { isAlias, isMap, isScalar, isSeq, Scalar } from 'yaml'
import type { EditOp, YamlPath } from '../types'
import { done, fail, unchanged } from './plan-change'
import type { Step } from './plan-change'
import type { PlanCtx } from './plan-context'
import { deleteAt } from './plan-delete'
import { appended, getIn, updateIn } from './plan-expect'
import { appendItem, insertPair } from './plan-insert'
import { commentLine } from './plan-comment-line'
import { MAX_ALIAS_COUNT } from '../read/parse'
import { locate, mergedValue } from './plan-locate'
import type { Found, Location } from './plan-locate'
import { describePath, ownPair } from './plan-nodes'
import type { YNode } from './plan-nodes'
import { isPlainObject, Raw, renderScalar, unsupportedValue } from './plan-render'
import { splice } from './plan-text'
import { replaceNode } from './plan-replace'

type Absent = Extract<Location, { kind: 'absent' }>

export function applyEdit(ctx: PlanCtx, op: EditOp): Step {
  const loc = locate(ctx.doc, op.path)
  switch (op.kind) {
    case 'set':
      if (loc.kind === 'invalid') return fail(loc.error)
      return loc.kind === 'own' ? replaceNode(ctx, last(loc.chain), op.value) : write(ctx, loc, () => op.value)
    case 'append':
      return append(ctx, loc, op.path, op.value)
    case 'delete':
      return remove(ctx, loc, op.path)
    case 'rename':
      return rename(ctx, loc, op.path, op.key)
    case 'comment':
      return commentLine(ctx, op)
  }
}

const last = (chain: readonly Found[]): Found => chain[chain.length - 1]

/** Write a missing or inherited value: a new own key, or a copy in place of an alias or an empty value. */
function write(ctx: PlanCtx, loc: Absent, leaf: (current: unknown) => unknown): Step {
  const built = updateIn(loc.base, loc.rest, leaf)
  if (!built.ok) return fail(built.error)
  const problem = unsupportedValue(built.value)
  if (problem) return fail(`the inherited value cannot be copied: ${problem}`)
  const { target } = loc
  return target.type === 'insert' ? insertPair(ctx, target.map, target.path, target.key, built.value) : replaceNode(ctx, target.at, built.value)
}

function append(ctx: PlanCtx, loc: Location, path: YamlPath, value: unknown): Step {
  if (loc.kind === 'invalid') return fail(loc.error)
  const notASequence = fail(`${describePath(path)} is a map; only a sequence (or a single value) can be appended to`)
  if (loc.kind === 'absent') return isPlainObject(getIn(loc.base, loc.rest)) ? notASequence : write(ctx, loc, (cur) => appended(cur, value))
  const at = last(loc.chain)
  const node = at.node
  if (isSeq(node)) return appendItem(ctx, node, at.path, value)
  if (isMap(node)) return notASequence
  const current = isAlias(node) ? (node.toJS(ctx.doc, { maxAliasCount: MAX_ALIAS_COUNT }) as unknown) : isScalar(node) ? node.value : null
  if (isPlainObject(current)) return notASequence
  return replaceNode(ctx, at, appended(keptScalar(ctx, at) ?? current, value), appended(current, value))
}

/** A scalar about to become the first item of a sequence, as written, when that source is safe in the new place. */
function keptScalar(ctx: PlanCtx, at: Found): Raw | null {
  const node = at.node
  if (!isScalar(node) || node.value === null) return null
  const source = ctx.text.slice(node.range[0], node.range[1])
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE
  const inFlow = at.holder.type === 'pair' ? at.holder.map.flow : at.holder.type === 'item' && at.holder.seq.flow
  return /[\r\n]/.test(source) || (!quoted && (node.type !== Scalar.PLAIN || inFlow)) ? null : new Raw(source)
}

function remove(ctx: PlanCtx, loc: Location, path: YamlPath): Step {
  if (loc.kind === 'invalid') return unchanged(ctx.text)
  if (loc.kind === 'absent') {
    if (loc.via === undefined || getIn(loc.base, loc.rest) === undefined) return unchanged(ctx.text)
    return fail(inherited(path, loc.via))
  }
  const shadowed = alsoInherited(ctx, last(loc.chain))
  if (shadowed) {
    return fail(`${describePath(path)} is also inherited from ${shadowed}, so deleting it here would bring that value back; edit the anchor or set an override instead`)
  }
  return deleteAt(ctx, loc.chain)
}

function rename(ctx: PlanCtx, loc: Location, path: YamlPath, key: string): Step {
  if (loc.kind === 'invalid') return fail(loc.error)
  if (loc.kind === 'absent') {
    if (loc.via !== undefined && getIn(loc.base, loc.rest) !== undefined) return fail(inherited(path, loc.via))
    return fail(`${describePath(path)} does not exist`)
  }
  const at = last(loc.chain)
  if (at.holder.type !== 'pair') return fail(`${describePath(path)} is not a map key`)
  const { map, pair } = at.holder
  const keyNode = pair.key as YNode | null
  if (!isScalar(keyNode)) return fail(`${describePath(path)} has a complex key that cannot be renamed`)
  if (String(keyNode.value) === key) return unchanged(ctx.text)
  if (ownPair(map, key)) return fail(`${describePath(path.slice(0, -1))} already has a key "${key}"`)
  const shadowed = alsoInherited(ctx, at)
  if (shadowed) return fail(`${describePath(path)} is also inherited from ${shadowed}, so renaming it would bring that value back`)
  const quote = keyNode.type === Scalar.QUOTE_DOUBLE ? 'double' : keyNode.type === Scalar.QUOTE_SINGLE ? 'single' : 'plain'
  return done(splice(ctx.text, keyNode.range[0], keyNode.range[1], renderScalar(key, true, quote)), { type: 'rename', path, key })
}

/** Where a `<<` merge key also provides this own key from, if it does. */
function alsoInherited(ctx: PlanCtx, at: Found): string | undefined {
  if (at.holder.type !== 'pair') return undefined
  const key = at.path[at.path.length - 1]
  return mergedValue(ctx.doc, at.holder.map, String(key))?.via
}

function inherited(path: YamlPath, via: string): string {
  return `${describePath(path)} is inherited from ${via}; edit it there or override it`
}
