// The fix: one internal network for the database, and every service it shares an edge with attached to it too.
// Every op is idempotent (whole lists are set, not appended), so plans computed against the same original file
// for several databases agree with each other when applied one after the other.
import { deleteOp, plan, setOp } from '../../compose/write/plan'
import type { ComposeFile, EditOp, EditPlan, ServiceView } from '../../compose/types'
import { readNetworkMode, readServiceNetworks } from '../../compose/read/settings'
import { asList, asObject, get } from '../../compose/read/values'
import { hasNetworkMode, serviceNetworks, sharesOrHasNoNetwork, usesDatabase } from './networks'
import type { ServiceNetwork } from './networks'
import { alsoMerged } from '../../compose/read/services'
import { networkOwner } from '../network-helpers'

/** Names a new network must not take: every service, top-level volume and network (declared or only joined). */
function takenNames(file: ComposeFile): Set<string> {
  const names = new Set<string>()
  for (const key of ['services', 'volumes', 'networks']) for (const name of Object.keys(asObject(file.data?.[key]) ?? {})) names.add(name)
  for (const service of file.services) for (const n of readServiceNetworks(service)) names.add(n)
  return names
}

/**
 * The shared name for the internal network: `backend`, or the first of `backend-internal`, `internal`,
 * `backend-internal-2`, … that is an internal network already (reused) or that no service, volume or network is called.
 */
export function internalNetworkName(file: ComposeFile): { name: string; create: boolean } {
  const declared = asObject(file.data?.networks) ?? {}
  const taken = takenNames(file)
  const candidates = ['backend', 'backend-internal', 'internal', ...Array.from({ length: 98 }, (_, i) => `backend-internal-${i + 2}`)]
  for (const name of candidates) {
    if (Object.prototype.hasOwnProperty.call(declared, name)) {
      const internal = get(declared, name, 'internal')
      if (internal === true || internal === 'true') return { name, create: false }
    } else if (!taken.has(name)) return { name, create: true }
  }
  let n = 0
  while (taken.has(`backend-internal-db-${n}`)) n++
  return { name: `backend-internal-db-${n}`, create: true }
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

/** True when `service` lists `target` in depends_on or links: the database's own edges, which must survive the move. */
const dependsOn = (service: ServiceView, target: ServiceView) => {
  const how = usesDatabase(service, target)
  return how === 'depends_on' || how === 'links'
}

/**
 * The database on its internal network, and with it every service it shares an edge with, so that no edge is cut: its
 * clients (depends_on, links, a host in the environment) and the services it lists in its own depends_on and links.
 * A service that uses another's network (`network_mode: service:X`) is reached through X, which is attached instead.
 */
export function internalNetworkPlan(file: ComposeFile, db: ServiceView, flagged: ReadonlySet<string>): EditPlan | null {
  if (!fixable(file, db)) return null
  const nets = hasNetworkMode(db) ? [] : serviceNetworks(file, db)
  const { join, create } = target(file, nets)
  const ops: EditOp[] = []
  if (create) ops.push(setOp(['networks', join, 'internal'], true))
  ops.push(...databaseOps(db, nets, join))
  const attached = new Set([db.name])
  for (const peer of file.services) {
    if (!usesDatabase(peer, db) && !dependsOn(db, peer)) continue
    const owner = networkOwner(file, peer)
    if (!owner || attached.has(owner.name)) continue
    attached.add(owner.name)
    ops.push(...userOps(file, owner, join, flagged))
  }
  return plan(`Put ${db.name} on the internal network ${join}`, ...ops)
}
