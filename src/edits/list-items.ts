// Edits of one item of a service's list setting (ports, volumes, devices, …): never written on an anchor, never on a base service.
import { listItems } from '../compose/read/settings-items'
import { plan } from '../compose/write/plan'
import type { ComposeFile, EditOp, EditPlan, ServiceView, YamlPath } from '../compose/types'
import { asObject } from '../compose/read/values'
import { listEditOps, REMOVE } from '../rules/security-helpers'
import type { Finding } from '../rules/types'

export { REMOVE }

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

/**
 * The findings about each item of the list `key`, by the item's index in the resolved list (the readers' index).
 * Findings point at items by the path the rules report (`at`), which is where the item is written.
 */
export function findingsByItem(
  service: ServiceView,
  key: string,
  findings: readonly Finding[],
  ruleIds: readonly string[],
): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>()
  const relevant = findings.filter((f) => f.service === service.name && ruleIds.includes(f.ruleId) && f.at?.[0] === key)
  if (relevant.length === 0) return out
  const items = listItems(service, key)
  for (const f of relevant) {
    const index = items.findIndex((item) => item.at !== undefined && samePath(item.at, f.at as YamlPath))
    if (index >= 0) out.set(index, [...(out.get(index) ?? []), f])
  }
  return out
}

const samePath = (a: YamlPath, b: YamlPath) => a.length === b.length && a.every((seg, i) => seg === b[i])
