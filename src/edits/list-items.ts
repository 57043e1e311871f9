// Edits of one item of a service's list setting (ports, volumes, devices, …): never written on an anchor, never on a base service.
import { extendsBase } from '../compose/read/extends'
import { plan } from '../compose/write/plan'
import type { ComposeFile, EditOp, EditPlan, Located, ServiceView, YamlPath } from '../compose/types'
import { asObject } from '../compose/read/values'
import { listEditOps, listItems, REMOVE } from '../rules/security-helpers'
import type { ListItem } from '../rules/security-helpers'
import type { Finding } from '../rules/types'

export { listItems, REMOVE }

/** The service called `name` in `file`, or a sentence saying it is gone. */
export function findService(file: ComposeFile, name: string): ServiceView | string {
  return file.services.find((s) => s.name === name) ?? `There is no service "${name}" any more; pick one from the list.`
}

/** Item `index` of the resolved list `key` (the index the readers give), traced to where it is written. */
export function listItem(file: ComposeFile, service: ServiceView, key: string, index: number): ListItem | undefined {
  return listItems(file, service, key)[index]
}

/** Where an item is written, for <InheritedBadge>: the anchor it merges, or the base service it is inherited from. */
export function itemLocated(file: ComposeFile, service: ServiceView, item: ListItem | undefined): Located | undefined {
  if (!item) return undefined
  if (item.at) return service.locate(item.at)
  return { pos: service.keyPos, origin: 'extends', from: baseName(file, service) }
}

function baseName(file: ComposeFile, service: ServiceView): string | undefined {
  return extendsBase(service.name, asObject(file.data?.services) ?? {})?.from
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
  const item = listItem(file, service, key, index)
  if (!item) return `That ${key} entry is gone from ${service.name}; the text changed meanwhile.`
  if (item.origin === 'extends') {
    const from = baseName(file, service)
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

/**
 * The findings about each item of the list `key`, by the item's index in the resolved list (the readers' index).
 * Findings point at items by the path the rules report (`at`), which is where the item is written.
 */
export function findingsByItem(
  file: ComposeFile,
  service: ServiceView,
  key: string,
  findings: readonly Finding[],
  ruleIds: readonly string[],
): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>()
  const relevant = findings.filter((f) => f.service === service.name && ruleIds.includes(f.ruleId) && f.at?.[0] === key)
  if (relevant.length === 0) return out
  const items = listItems(file, service, key)
  for (const f of relevant) {
    const index = items.findIndex((item) => item.at !== undefined && samePath(item.at, f.at as YamlPath))
    if (index >= 0) out.set(index, [...(out.get(index) ?? []), f])
  }
  return out
}

const samePath = (a: YamlPath, b: YamlPath) => a.length === b.length && a.every((seg, i) => seg === b[i])
