// The Isolation form's plans: `privileged` and the host namespaces. Never writes on an anchor or a base service.
import { extendsTarget } from '../compose/read/extends'
import { deleteOp, plan, setOp } from '../compose/write/plan'
import { get, readIsolation } from '../compose/read/settings'
import type { IsolationKey } from '../compose/read/settings'
import type { ComposeFile, EditPlan, Located, ServiceView } from '../compose/types'
import { alsoMerged } from '../rules/security-helpers'
import { findService } from './list-items'

/**
 * What an inherited value is overridden with to switch it off: `ipc` and `cgroup` have `private`, `privileged` has
 * false. pid, uts and userns_mode have no value meaning "a namespace of its own", so those cannot be overridden.
 */
const OFF_VALUE: Partial<Record<IsolationKey, unknown>> = { privileged: false, ipc: 'private', cgroup: 'private' }

const ON_VALUE = (key: IsolationKey): unknown => (key === 'privileged' ? true : 'host')

const written = (key: IsolationKey) => (key === 'privileged' ? 'privileged: true' : `${key}: host`)

export function setIsolationPlan(file: ComposeFile, serviceName: string, key: IsolationKey, on: boolean): EditPlan | null | string {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const current = readIsolation(service, key)
  const path = ['services', service.name, key]
  if (on) return current.on ? null : plan(`Set ${written(key)} on ${service.name}`, setOp(path, ON_VALUE(key)))
  if (!current.on) return null
  const label = `Remove ${written(key)} from ${service.name}`
  // Deleting an own key that hides a `<<` one would bring the anchor's value back.
  const own = current.located?.origin === 'own' && !alsoMerged(file, service, key)
  if (own) return plan(label, deleteOp(path))
  const off = OFF_VALUE[key]
  if (off !== undefined) return plan(label, setOp(path, off))
  return `${written(key)} of ${service.name} comes from ${source(file, service, current.located)}, and compose has no value that undoes it on the service. Remove it there.`
}

function source(file: ComposeFile, service: ServiceView, located: Located | undefined): string {
  if (located?.origin === 'extends') return `the service ${located.from ?? extendsTarget(get(file.data, 'services', service.name))?.service ?? 'it extends'}`
  return located?.anchor ? `the anchor &${located.anchor}` : 'a merged anchor'
}
