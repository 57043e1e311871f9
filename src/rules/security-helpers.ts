// Fix helpers of the rules over list settings: ops that edit items where they are written and never touch an anchor,
// and a volume named as people write it. The items themselves come from the core readers (compose/read).
import { isAlias, isMap } from 'yaml'
import { deleteOp, plan, setOp } from '../compose/write/plan'
import { findOwnPair, mergedKeyBelow } from '../compose/read/services'
import { ownList } from '../compose/read/settings-items'
import type { ListItem } from '../compose/read/settings-items'
import type { VolumeMount } from '../compose/read/settings-filesystem'
import type { ComposeFile, EditOp, EditPlan, ServiceView, YamlPath } from '../compose/types'
import type { FixKind } from './types'

/** Marks an item to drop in an {@link ItemEdit}. */
export const REMOVE: unique symbol = Symbol('remove')

export interface ItemEdit {
  item: ListItem
  /** The item's new value, or REMOVE. */
  next: unknown
  /** A smaller op for an item written on the service (e.g. delete one nested key); default: delete or set the item. */
  op?: EditOp
}

/**
 * Ops applying `edits` to the list `key` of `service`. Items written on the service are deleted or replaced one by one,
 * from the highest index down; a list inherited through an anchor is overridden on the service with the edited copy
 * (the anchor is never touched). Items merged from an `extends` base are skipped: they are fixed on the base service.
 */
export function listEditOps(file: ComposeFile, service: ServiceView, key: string, edits: readonly ItemEdit[]): EditOp[] {
  const base = ['services', service.name]
  const indexOf = (e: ItemEdit) => Number(e.item.at?.[1] ?? 0)
  const own = edits.filter((e) => e.item.origin === 'own' && e.item.at).sort((a, b) => indexOf(b) - indexOf(a))
  const written = ownList(file, service, key)
  const emptied = own.length > 0 && own.every((e) => e.next === REMOVE) && own.length === written.length
  // Deleting every item removes the key, and an own key that shadows a `<<` one would let the merged list back in.
  if (emptied && alsoMerged(file, service, key)) return [setOp([...base, key], [])]
  const ops = own.map((e) => {
    const path = [...base, ...(e.item.at as YamlPath)]
    return e.op ?? (e.next === REMOVE ? deleteOp(path) : setOp(path, e.next))
  })
  const inherited = edits.filter((e) => e.item.origin === 'merge' && e.item.at)
  if (inherited.length) {
    const next = written.flatMap((value, j) => {
      const e = inherited.find((x) => indexOf(x) === j)
      if (!e) return [value]
      return e.next === REMOVE ? [] : [e.next]
    })
    ops.push(setOp([...base, key], next))
  }
  return ops
}

/** A plan removing `items` from the list `key` (see {@link listEditOps}), or null when none can be removed here. */
export function removeItemsPlan(label: string, file: ComposeFile, service: ServiceView, key: string, items: readonly ListItem[]): EditPlan | null {
  const ops = listEditOps(file, service, key, items.map((item) => ({ item, next: REMOVE })))
  return ops.length ? plan(label, ...ops) : null
}

/**
 * The fix kind of a finding on an item: compose appends a base service's list items to the extending service's, so
 * an inherited item cannot be taken away on the extending service; the base service's own finding carries the fix.
 */
export const itemFix = (item: ListItem): FixKind | undefined => (item.origin === 'extends' ? 'none' : undefined)

/** A volume as people write it: the short-syntax string, or `source:target[:ro]` for the long syntax. */
export function mountLabel(m: VolumeMount): string {
  if (typeof m.written === 'string') return m.written
  const source = typeof m.long?.source === 'string' ? m.long.source : ''
  return `${source}:${m.target ?? ''}${m.readOnly ? ':ro' : ''}`
}

/** True when the service's own map also gets `key` through a `<<` merge key (so deleting its own key is not enough). */
export function alsoMerged(file: ComposeFile, service: ServiceView, key: string): boolean {
  return mergedKeyBelow(file.doc, service.name, key)
}

/** An op that stops the service from setting `key` to a bad value: delete its own key, or override an inherited one. */
export function clearKeyOp(file: ComposeFile, service: ServiceView, key: string, override: unknown): EditOp {
  const path = ['services', service.name, key]
  const own = service.locate([key])?.origin === 'own' && !alsoMerged(file, service, key)
  return own ? deleteOp(path) : setOp(path, override)
}

/** True when the whole service is an alias (`app: *base`): the first `set` on it copies the anchored map onto the service. */
export function isAliasedService(file: ComposeFile, service: ServiceView): boolean {
  const pair = servicePair(file, service)
  return pair !== undefined && isAlias(pair.value)
}

function servicePair(file: ComposeFile, service: ServiceView) {
  const services = file.doc.contents && isMap(file.doc.contents) ? findOwnPair(file.doc.contents, 'services')?.value : undefined
  return isMap(services) ? findOwnPair(services, service.name) : undefined
}
