// The fix: one internal network for the database, and the services that use it attached to it too.
// Every op is idempotent (whole lists are set, not appended), so plans computed against the same original file
// for several databases agree with each other when applied one after the other.
import { deleteOp, plan, setOp } from '../../compose/write/plan'
import type { ComposeFile, EditOp, EditPlan, ServiceView } from '../../compose/types'
import { readNetworkMode } from '../../compose/read/settings'
import { asList, asObject, get } from '../../compose/read/values'
import { hasNetworkMode, serviceNetworks, sharesOrHasNoNetwork, usesDatabase } from './networks'
import type { ServiceNetwork } from './networks'
import { alsoMerged } from '../../compose/read/services'

/** The shared name for a new internal network: `backend`, or the first free or already internal fallback. */
export function internalNetworkName(file: ComposeFile): { name: string; create: boolean } {
  const declared = asObject(file.data?.networks) ?? {}
  const candidates = ['backend', 'backend-internal', 'internal', ...Array.from({ length: 20 }, (_, i) => `backend-internal-${i + 2}`)]
  for (const name of candidates) {
    if (!Object.prototype.hasOwnProperty.call(declared, name)) return { name, create: true }
    const internal = get(declared, name, 'internal')
    if (internal === true || internal === 'true') return { name, create: false }
  }
  return { name: 'backend-internal-db', create: true }
}

/** True when the rule's fix can change the service's networks: nothing it must drop comes from an `extends` base. */
export function fixable(file: ComposeFile, service: ServiceView): boolean {
  if (hasNetworkMode(service)) {
    const mode = readNetworkMode(service)
    // An own network_mode that hides an anchor's cannot be deleted (the anchor's would come back): advice only then.
    return mode.value !== undefined && !sharesOrHasNoNetwork(mode.value) && service.locate(['network_mode'])?.origin === 'own'
      && !alsoMerged(file, service, 'network_mode')
  }
  return !serviceNetworks(file, service).some((n) => n.kind === 'open' && n.place?.origin === 'extends')
}

const isKept = (n: ServiceNetwork) => n.kind !== 'open'

/** The internal network the database and its users meet on: one it is already on, else the shared new one. */
function target(file: ComposeFile, nets: ServiceNetwork[]): { join: string; create: boolean } {
  const internal = nets.find((n) => n.kind === 'internal')
  if (internal) return { join: internal.name, create: false }
  const { name, create } = internalNetworkName(file)
  return { join: name, create }
}

function aliasesOf(nets: ServiceNetwork[]): string[] {
  return [...new Set(nets.flatMap((n) => asList(n.config?.aliases).map(String)))]
}

/** Ops that leave `db` on its internal networks only (plus `join`). */
function databaseOps(db: ServiceView, nets: ServiceNetwork[], join: string): EditOp[] {
  const base = ['services', db.name]
  const ops: EditOp[] = []
  if (hasNetworkMode(db)) ops.push(deleteOp([...base, 'network_mode']))
  const value = db.data.networks
  const map = asObject(value)
  const kept = nets.filter(isKept)
  const names = kept.map((n) => n.name)
  if (map && Object.keys(map).length > 0) {
    const carried = aliasesOf(nets.filter((n) => !isKept(n)))
    const existing = kept.find((n) => n.name === join)
    const aliases = [...new Set([...asList(existing?.config?.aliases).map(String), ...carried])]
    const entry = carried.length ? { ...existing?.config, aliases } : existing?.config ?? {}
    if (db.locate(['networks'])?.origin !== 'own') {
      const next: Record<string, unknown> = {}
      for (const n of kept) next[n.name] = n.config ?? {}
      next[join] = entry
      return [...ops, setOp([...base, 'networks'], next)]
    }
    if (!existing || carried.length) ops.push(setOp([...base, 'networks', join], entry))
    for (const n of nets) if (!isKept(n)) ops.push(deleteOp([...base, 'networks', n.name]))
    return ops
  }
  return [...ops, setOp([...base, 'networks'], names.includes(join) ? names : [...names, join])]
}

/** Ops that attach a service using the database to `join`, keeping the networks it has. */
function userOps(file: ComposeFile, user: ServiceView, join: string, databases: ReadonlySet<string>): EditOp[] {
  if (hasNetworkMode(user)) return []
  const base = ['services', user.name]
  const nets = serviceNetworks(file, user)
  // A database using another database is fixed the same way as if its own fix ran: plans then agree.
  const keep = databases.has(user.name) ? nets.filter(isKept) : nets
  const names = keep.map((n) => n.name)
  if (names.includes(join) && keep.length === nets.length) return []
  const map = asObject(user.data.networks)
  if (map && Object.keys(map).length > 0) {
    if (user.locate(['networks'])?.origin !== 'own') {
      // Written on an anchor: the service gets its own copy, per-network settings included.
      const next: Record<string, unknown> = {}
      for (const n of keep) next[n.name] = n.config ?? {}
      return [setOp([...base, 'networks'], names.includes(join) ? next : { ...next, [join]: {} })]
    }
    const ops: EditOp[] = names.includes(join) ? [] : [setOp([...base, 'networks', join], {})]
    for (const n of nets) if (!keep.includes(n)) ops.push(deleteOp([...base, 'networks', n.name]))
    return ops
  }
  return [setOp([...base, 'networks'], names.includes(join) ? names : [...names, join])]
}

export function internalNetworkPlan(file: ComposeFile, db: ServiceView, flagged: ReadonlySet<string>): EditPlan | null {
  if (!fixable(file, db)) return null
  const nets = hasNetworkMode(db) ? [] : serviceNetworks(file, db)
  const { join, create } = target(file, nets)
  const ops: EditOp[] = []
  if (create) ops.push(setOp(['networks', join, 'internal'], true))
  ops.push(...databaseOps(db, nets, join))
  for (const user of file.services) {
    if (usesDatabase(user, db)) ops.push(...userOps(file, user, join, flagged))
  }
  return plan(`Put ${db.name} on the internal network ${join}`, ...ops)
}
