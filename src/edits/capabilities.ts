// Edits of the Capabilities form, also the fixes of require-cap-drop-all and no-dangerous-capabilities.
// Invariant: after a grant or revoke plan, effectiveCaps has (or lacks) the capability.
import { ALL_CAPABILITY_NAMES } from '../compose/read/capabilities'
import { extendsTarget } from '../compose/read/extends'
import { appendOp, plan, setOp } from '../compose/write/plan'
import { DOCKER_DEFAULT_CAPS, effectiveCaps, get, normalizeCap, ownList, readCapAdd, readCapDrop } from '../compose/read/settings'
import type { CapItem } from '../compose/read/settings'
import type { ComposeFile, EditOp, ServiceView } from '../compose/types'
import { relabel } from './edit-result'
import type { EditResult } from './edit-result'
import { findService, listEditOps, REMOVE } from './list-items'

type CapKey = 'cap_add' | 'cap_drop'

const isDefault = (cap: string) => DOCKER_DEFAULT_CAPS.includes(cap)

/**
 * Ops taking `entries` out of the list `key`: own items are deleted, an anchor's list is overridden on the service
 * without them. An item from an `extends` base cannot be taken away on this service: it stays, and when nothing else
 * can be removed a sentence says where to change it.
 */
function removeOps(file: ComposeFile, service: ServiceView, key: CapKey, entries: readonly CapItem[]): EditOp[] | string {
  const here = entries.filter((e) => e.origin !== 'extends' && e.at)
  const fromBase = entries.find((e) => !here.includes(e))
  if (here.length === 0 && fromBase) {
    const base = extendsTarget(get(file.data, 'services', service.name))?.service ?? 'the base service'
    return `${fromBase.name ?? fromBase.raw} comes from ${key} of ${base}, which ${service.name} extends; change it there.`
  }
  const ops = listEditOps(file, service, key, here.map((item) => ({ item, next: REMOVE })))
  return ops.length ? ops : `${key} of ${service.name} cannot be changed here; edit the text instead.`
}

/** Grants `cap`: re-enables a Docker default dropped by name, else appends it to cap_add. Null when already granted. */
export function grantCapabilityPlan(file: ComposeFile, serviceName: string, cap: string): EditResult {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const name = normalizeCap(cap)
  if (effectiveCaps(service, ALL_CAPABILITY_NAMES).includes(name)) return null
  const label = `Grant ${name} to ${service.name}`
  const drop = readCapDrop(service)
  const named = drop.filter((e) => e.name === name)
  // Taking a default out of cap_drop is the smaller, clearer change; with ALL dropped only cap_add can grant it.
  if (isDefault(name) && named.length > 0 && !drop.some((e) => e.name === 'ALL')) {
    const ops = removeOps(file, service, 'cap_drop', named)
    if (typeof ops !== 'string') return plan(label, ...ops)
  }
  return plan(label, appendOp(['services', service.name, 'cap_add'], name))
}

/**
 * Revokes one capability, or several at once (no-dangerous-capabilities' fix): each is deleted from cap_add, and a
 * Docker default still granted is dropped. `ALL` in cap_add grants every capability, so the others cannot be revoked
 * under it unless ALL goes too. Null when none is granted.
 */
export function revokeCapabilityPlan(file: ComposeFile, serviceName: string, caps: string | readonly string[]): EditResult {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const add = readCapAdd(service)
  const addsAll = add.some((e) => e.name === 'ALL')
  const effective = effectiveCaps(service, ALL_CAPABILITY_NAMES)
  const names = [...new Set((typeof caps === 'string' ? [caps] : caps).map(normalizeCap))]
  const wanted = names.filter((n) => (n === 'ALL' ? addsAll : effective.includes(n)))
  if (wanted.length === 0) return null
  if (addsAll && !wanted.includes('ALL')) return `cap_add of ${service.name} holds ALL, which grants every capability; remove ALL from cap_add first.`
  const ops: EditOp[] = []
  const added = add.filter((e) => e.name !== undefined && wanted.includes(e.name))
  if (added.length > 0) {
    const removed = removeOps(file, service, 'cap_add', added)
    if (typeof removed === 'string') return removed
    ops.push(...removed)
  }
  const drop = readCapDrop(service)
  const dropped = (cap: string) => drop.some((e) => e.name === 'ALL' || e.name === cap)
  for (const cap of wanted) if (isDefault(cap) && !dropped(cap)) ops.push(appendOp(['services', service.name, 'cap_drop'], cap))
  const label = wanted.length === 1 ? `Drop ${wanted[0]} from ${service.name}` : `Remove ${wanted.join(', ')} from the capabilities of ${service.name}`
  return plan(label, ...ops)
}

/**
 * `cap_drop: [ALL]` on or off. On adds ALL where the list is written: appended to the service's own list, or to its own
 * copy of a list an anchor gives (the anchor stays as it is), or as a new list beside an `extends` base's, which compose
 * merges. Off removes every ALL item. Null when nothing changes.
 */
export function setDropAllPlan(file: ComposeFile, serviceName: string, on: boolean): EditResult {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const all = readCapDrop(service).filter((e) => e.name === 'ALL')
  if (on) {
    if (all.length > 0) return null
    const label = `Drop all capabilities of ${service.name}`
    const path = ['services', service.name, 'cap_drop']
    const origin = service.locate(['cap_drop'])?.origin
    if (origin === 'merge') return plan(label, setOp(path, [...ownList(file, service, 'cap_drop'), 'ALL']))
    const own = service.data.cap_drop
    if (origin === 'own' && own !== null && own !== undefined) return plan(label, appendOp(path, 'ALL'))
    // Missing, null, or only in an `extends` base.
    return plan(label, setOp(path, ['ALL']))
  }
  if (all.length === 0) return null
  const ops = removeOps(file, service, 'cap_drop', all)
  return typeof ops === 'string' ? ops : plan(`Keep Docker's default capabilities in ${service.name}`, ...ops)
}

/** Takes ALL out of cap_add (it grants every capability, and the per-capability controls cannot act under it). */
export function removeAddAllPlan(file: ComposeFile, serviceName: string): EditResult {
  return relabel(revokeCapabilityPlan(file, serviceName, 'ALL'), `Stop granting every capability to ${serviceName}`)
}
