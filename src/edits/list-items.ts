// Edits of the items of a service's list settings (ports, volumes, security_opt, …) and of keys it may inherit: never
// written on an anchor, never on a base service. Every edit and every rule fix over a list builds on these.
import { alsoMerged } from '../compose/read/services'
import { listItems, ownList } from '../compose/read/settings-items'
import type { ListItem } from '../compose/read/settings-items'
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile, EditOp, EditPlan, ServiceView, YamlPath } from '../compose/types'
import { asObject, get } from '../compose/read/values'

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
 * Ops applying `edits` to the list `key` of `service`, then appending `added`. Items written on the service are deleted
 * or replaced one by one, from the highest index down; a list inherited through an anchor is overridden on the service
 * with the edited copy (the anchor is never touched). Items merged from an `extends` base are skipped: they are fixed
 * on the base service.
 */
export function listEditOps(file: ComposeFile, service: ServiceView, key: string, edits: readonly ItemEdit[], added: readonly unknown[] = []): EditOp[] {
  const base = ['services', service.name]
  const indexOf = (e: ItemEdit) => Number(e.item.at?.[1] ?? 0)
  const own = edits.filter((e) => e.item.origin === 'own' && e.item.at).sort((a, b) => indexOf(b) - indexOf(a))
  const written = ownList(file, service, key)
  const emptied = own.length > 0 && own.every((e) => e.next === REMOVE) && own.length === written.length && added.length === 0
  // Deleting every item removes the key, and an own key that shadows a `<<` one would let the merged list back in.
  if (emptied && alsoMerged(file, service, key)) return [setOp([...base, key], [])]
  // A list merged from an anchor (or an item that is an alias) cannot be changed in place: the service gets its own
  // edited copy, with every edit applied to it.
  const here = edits.filter((e) => e.item.origin !== 'extends' && e.item.at)
  if (here.some((e) => e.item.origin === 'merge') || (added.length && service.locate([key])?.origin === 'merge')) {
    const next = written.flatMap((value, j) => {
      const e = here.find((x) => indexOf(x) === j)
      if (!e) return [value]
      return e.next === REMOVE ? [] : [e.next]
    })
    const list = [...next, ...added]
    // A lone scalar (`tmpfs: /run`) stays a scalar while it is one item.
    const scalar = !Array.isArray(get(file.data, 'services', service.name, key)) && list.length === 1
    return [setOp([...base, key], scalar ? list[0] : list)]
  }
  const ops = own.map((e) => {
    const path = [...base, ...(e.item.at as YamlPath)]
    return e.op ?? (e.next === REMOVE ? deleteOp(path) : setOp(path, e.next))
  })
  return [...ops, ...added.map((value) => appendOp([...base, key], value))]
}

/** An op that stops the service from setting `key`: delete its own key, or override an inherited one with `override`. */
export function clearKeyOp(file: ComposeFile, service: ServiceView, key: string, override: unknown): EditOp {
  const path = ['services', service.name, key]
  const own = service.locate([key])?.origin === 'own' && !alsoMerged(file, service, key)
  return own ? deleteOp(path) : setOp(path, override)
}

/** The service called `name` in `file`, or a sentence saying it is gone: the one lookup every edit starts from. */
export function findService(file: ComposeFile, name: string): ServiceView | string {
  return file.services.find((s) => s.name === name) ?? `There is no service "${name}" any more; pick one from the list.`
}

/**
 * A plan that replaces (or, with REMOVE, deletes) item `index` of the list `key`. `op` is a smaller edit for an item
 * written on the service itself (set one key of a long-syntax map); an item merged from an anchor is overridden on the
 * service with the whole edited list. An item inherited through `extends` cannot be changed here: a string says why.
 */
export function editItemPlan(
  label: string,
  file: ComposeFile,
  service: ServiceView,
  key: string,
  index: number,
  next: unknown,
  op?: (path: YamlPath) => EditOp,
): EditPlan | string {
  const item = listItems(service, key)[index]
  if (!item) return `That ${key} entry is gone from ${service.name}; the text changed meanwhile.`
  if (item.origin === 'extends') {
    const from = item.located?.from
    return `This entry comes from ${from ? `service "${from}"` : 'the base service'} through extends; change it there.`
  }
  const own = item.origin === 'own' && item.at && op ? op(['services', service.name, ...item.at]) : undefined
  const ops = listEditOps(file, service, key, [{ item, next, op: own }])
  return ops.length ? plan(label, ...ops) : `${label} is not possible here; edit the text instead.`
}

/** True when every item of the service's own list is written in long syntax (a map), so a new one should be too. */
export function usesLongSyntax(service: ServiceView, key: string): boolean {
  const list = service.data[key]
  return Array.isArray(list) && list.length > 0 && list.every((item) => asObject(item) !== undefined)
}

/** What findingsByItem needs of a finding (the rules' Finding has it; the edits do not import the rules). */
interface ItemFinding {
  ruleId: string
  service: string | null
  at?: YamlPath
}

/**
 * The findings about each item of the list `key`, by the item's index in the resolved list (the readers' index).
 * Findings point at items by the path the rules report (`at`), which is where the item is written, or a key inside a
 * long-syntax item (`['volumes', 1, 'source']`: a finding is reported on the line of the key that is wrong).
 */
export function findingsByItem<F extends ItemFinding>(
  service: ServiceView,
  key: string,
  findings: readonly F[],
  ruleIds: readonly string[],
): Map<number, F[]> {
  const out = new Map<number, F[]>()
  const relevant = findings.filter((f) => f.service === service.name && ruleIds.includes(f.ruleId) && f.at?.[0] === key)
  if (relevant.length === 0) return out
  const items = listItems(service, key)
  for (const f of relevant) {
    const index = items.findIndex((item) => item.at !== undefined && startsWithPath(f.at as YamlPath, item.at))
    if (index >= 0) out.set(index, [...(out.get(index) ?? []), f])
  }
  return out
}

const startsWithPath = (path: YamlPath, prefix: YamlPath) => path.length >= prefix.length && prefix.every((seg, i) => seg === path[i])
