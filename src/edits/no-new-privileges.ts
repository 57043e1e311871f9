// Plan for the No new privileges form: rewrite the deciding security_opt item where it is written, or append one.
import { readNoNewPrivileges } from '../compose/read/settings'
import { appendOp, plan, setOp } from '../compose/write/plan'
import type { EditPlan, ServiceView } from '../compose/types'

/** Null when there is nothing to write (turning off a setting that is absent already means off). */
export function setNoNewPrivilegesPlan(service: ServiceView, on: boolean): EditPlan | null {
  const current = readNoNewPrivileges(service)
  const item = `no-new-privileges:${on}`
  const label = `${on ? 'Forbid' : 'Allow'} privilege escalation in ${service.name}`
  const base = ['services', service.name, 'security_opt']
  // Rewriting the item that decides keeps its place and its comment. Its resolved index is not its place in the
  // text under `extends` (the base's items come first), so the plan addresses `at`, as the rule's quick fix does.
  if (current.at && current.located?.origin !== 'extends') return plan(label, setOp([...base.slice(0, 2), ...current.at], item))
  if (!on && current.index === undefined) return null
  if (current.value === on) return null
  // Absent, or written on the service this one extends: compose puts the service's own items after the base's,
  // so an item appended here decides, and the base stays as it is.
  return plan(label, appendOp(base, item))
}
