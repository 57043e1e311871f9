// The Isolation form's edits: `privileged` and the host namespaces, also the fixes of no-privileged and
// no-host-namespaces. Never writes on an anchor or a base service.
import { extendsTarget } from '../compose/read/extends'
import { alsoMerged, isAliasedService } from '../compose/read/services'
import { asObject, get, toBool } from '../compose/read/settings'
import { deleteOp, plan, setOp } from '../compose/write/plan'
import { readIsolation } from '../compose/read/settings'
import type { IsolationKey } from '../compose/read/settings'
import type { ComposeFile, EditOp, Located, ServiceView, YamlPath } from '../compose/types'
import type { EditResult } from './edit-result'
import { clearKeyOp, findService } from './list-items'

const HOOKS = ['pre_start', 'post_start', 'pre_stop'] as const

const isTrue = (v: unknown) => { const b = toBool(v); return b.known && b.value }

/** Paths (relative to the service) of every `privileged: true`: the service's own, then its lifecycle hooks'. */
export function privilegedPaths(service: ServiceView): YamlPath[] {
  const paths: YamlPath[] = []
  if (readIsolation(service, 'privileged').on) paths.push(['privileged'])
  for (const hook of HOOKS) {
    const list = service.data[hook]
    if (!Array.isArray(list)) continue
    list.forEach((h, i) => { if (isTrue(asObject(h)?.privileged)) paths.push([hook, i, 'privileged']) })
  }
  return paths
}

/**
 * What an inherited value is overridden with to switch it off: `ipc` and `cgroup` have `private`, `privileged` has
 * false. pid, uts and userns_mode have no value meaning "a namespace of its own", so those cannot be overridden.
 */
const OFF_VALUE: Partial<Record<IsolationKey, unknown>> = { privileged: false, ipc: 'private', cgroup: 'private' }

const ON_VALUE = (key: IsolationKey): unknown => (key === 'privileged' ? true : 'host')

const written = (key: IsolationKey) => (key === 'privileged' ? 'privileged: true' : `${key}: host`)

/** Inherited, or written on the service over a `<<` key that would come back if it were deleted. */
const inherited = (file: ComposeFile, service: ServiceView, key: IsolationKey) =>
  (service.locate([key])?.origin ?? 'own') !== 'own' || alsoMerged(file, service, key)

/**
 * The ops switching each of `keys` off, for those that are on and can be switched off here: an own key is deleted, an
 * inherited one overridden (privileged: false, ipc/cgroup: private); `privileged` off also takes it from the lifecycle
 * hooks. On a service that is a whole alias (`app: *base`) the first override copies the map onto the service, after
 * which the other keys are its own and can be deleted too. A key missing from the result cannot be switched off here.
 */
export function isolationOffOps(file: ComposeFile, service: ServiceView, keys: readonly IsolationKey[]): Map<IsolationKey, EditOp[]> {
  const base = ['services', service.name]
  const out = new Map<IsolationKey, EditOp[]>()
  const on = keys.filter((key) => readIsolation(service, key).on)
  const first = on.filter((key) => OFF_VALUE[key] !== undefined || !inherited(file, service, key))
  for (const key of first) out.set(key, [clearKeyOp(file, service, key, OFF_VALUE[key])])
  if (first.some((key) => inherited(file, service, key)) && isAliasedService(file, service)) {
    for (const key of on.filter((k) => !first.includes(k))) out.set(key, [deleteOp([...base, key])])
  }
  if (keys.includes('privileged')) {
    // The hooks' own `privileged: true`, last first; one an anchor gives is overridden with false.
    const hooks = privilegedPaths(service).filter((at) => at.length > 1).reverse()
      .map((at) => (service.locate(at)?.origin === 'own' ? deleteOp([...base, ...at]) : setOp([...base, ...at], false)))
    if (hooks.length) out.set('privileged', [...hooks, ...(out.get('privileged') ?? [])])
  }
  return out
}

export interface IsolationInput {
  /** One switch, or several switched together (no-host-namespaces' fix turns off every host namespace at once). */
  key: IsolationKey | readonly IsolationKey[]
  on: boolean
}

export function setIsolationPlan(file: ComposeFile, serviceName: string, { key, on }: IsolationInput): EditResult {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const keys = typeof key === 'string' ? [key] : key
  if (on) {
    const off = keys.filter((k) => !readIsolation(service, k).on)
    if (off.length === 0) return null
    return plan(`Set ${off.map(written).join(', ')} on ${service.name}`, ...off.map((k) => setOp(['services', service.name, k], ON_VALUE(k))))
  }
  const ops = isolationOffOps(file, service, keys)
  if (ops.size > 0) return plan(`Remove ${[...ops.keys()].map(written).join(', ')} from ${service.name}`, ...[...ops.values()].flat())
  const refused = keys.find((k) => readIsolation(service, k).on)
  if (!refused) return null
  const current = readIsolation(service, refused)
  return `${written(refused)} of ${service.name} comes from ${source(file, service, current.located)}, and compose has no value that undoes it on the service. Remove it there.`
}

function source(file: ComposeFile, service: ServiceView, located: Located | undefined): string {
  if (located?.origin === 'extends') return `the service ${located.from ?? extendsTarget(get(file.data, 'services', service.name))?.service ?? 'it extends'}`
  return located?.anchor ? `the anchor &${located.anchor}` : 'a merged anchor'
}
