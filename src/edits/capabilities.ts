// Plans for the Capabilities form. Invariant: after a grant or revoke plan, effectiveCaps has (or lacks) the capability.
import { ALL_CAPABILITY_NAMES } from '../compose/read/capabilities'
import { extendsTarget } from '../compose/read/extends'
import { appendOp, plan } from '../compose/write/plan'
import { DOCKER_DEFAULT_CAPS, effectiveCaps, get, normalizeCap, readCapAdd, readCapDrop } from '../compose/read/settings'
import type { CapItem } from '../compose/read/settings'
import type { ComposeFile, EditOp, EditPlan, ServiceView } from '../compose/types'
import { listEditOps, REMOVE } from '../rules/security-helpers'
import { findService } from './list-items'

type CapKey = 'cap_add' | 'cap_drop'

const isDefault = (cap: string) => DOCKER_DEFAULT_CAPS.includes(cap)

/**
 * Ops taking `entries` out of the list `key`: own items are deleted, an anchor's list is overridden on the service
 * without them. An item from an `extends` base cannot be taken away on this service: a sentence says so.
 */
function removeOps(file: ComposeFile, service: ServiceView, key: CapKey, entries: readonly CapItem[]): EditOp[] | string {
  const fromBase = entries.find((e) => e.origin === 'extends' || !e.at)
  if (fromBase) {
    const base = extendsTarget(get(file.data, 'services', service.name))?.service ?? 'the base service'
    return `${fromBase.name ?? fromBase.raw} comes from ${key} of ${base}, which ${service.name} extends; change it there.`
  }
  const ops = listEditOps(file, service, key, entries.map((item) => ({ item, next: REMOVE })))
  return ops.length ? ops : `${key} of ${service.name} cannot be changed here; edit the text instead.`
}

/** Grants `cap`: re-enables a Docker default dropped by name, else appends it to cap_add. Null when already granted. */
export function grantCapabilityPlan(file: ComposeFile, serviceName: string, cap: string): EditPlan | null | string {
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

/** Revokes `cap`: deletes it from cap_add, and drops it when it is a Docker default still granted. Null when not granted. */
export function revokeCapabilityPlan(file: ComposeFile, serviceName: string, cap: string): EditPlan | null | string {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const name = normalizeCap(cap)
  if (!effectiveCaps(service, ALL_CAPABILITY_NAMES).includes(name)) return null
  const add = readCapAdd(service)
  if (add.some((e) => e.name === 'ALL')) return `cap_add of ${service.name} holds ALL, which grants every capability; remove ALL from cap_add first.`
  const drop = readCapDrop(service)
  const ops: EditOp[] = []
  const added = add.filter((e) => e.name === name)
  if (added.length > 0) {
    const removed = removeOps(file, service, 'cap_add', added)
    if (typeof removed === 'string') return removed
    ops.push(...removed)
  }
  const droppedAlready = drop.some((e) => e.name === 'ALL' || e.name === name)
  if (isDefault(name) && !droppedAlready) ops.push(appendOp(['services', service.name, 'cap_drop'], name))
  return plan(`Drop ${name} from ${service.name}`, ...ops)
}

/** `cap_drop: [ALL]` on or off. Turning it on appends ALL; off removes every ALL item. Null when nothing changes. */
export function setDropAllPlan(file: ComposeFile, serviceName: string, on: boolean): EditPlan | null | string {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const all = readCapDrop(service).filter((e) => e.name === 'ALL')
  if (on) return all.length > 0 ? null : plan(`Drop all capabilities of ${service.name}`, appendOp(['services', service.name, 'cap_drop'], 'ALL'))
  if (all.length === 0) return null
  const ops = removeOps(file, service, 'cap_drop', all)
  return typeof ops === 'string' ? ops : plan(`Keep Docker's default capabilities in ${service.name}`, ...ops)
}

/** Takes ALL out of cap_add (it grants every capability, and the per-capability controls cannot act under it). */
export function removeAddAllPlan(file: ComposeFile, serviceName: string): EditPlan | null | string {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const all = readCapAdd(service).filter((e) => e.name === 'ALL')
  if (all.length === 0) return null
  const ops = removeOps(file, service, 'cap_add', all)
  return typeof ops === 'string' ? ops : plan(`Stop granting every capability to ${service.name}`, ...ops)
}
