// Plan for the No new privileges form: rewrite the deciding security_opt item, or append one.
import { readNoNewPrivileges } from '../../compose/settings'
import { appendOp, plan, setOp } from '../../compose/plan'
import type { EditPlan, ServiceView } from '../../compose/types'

/** Null when there is nothing to write (turning off a setting that is absent already means off). */
export function setNoNewPrivilegesPlan(service: ServiceView, on: boolean): EditPlan | null {
  const current = readNoNewPrivileges(service)
  const item = `no-new-privileges:${on}`
  const label = `${on ? 'Forbid' : 'Allow'} privilege escalation in ${service.name}`
  const base = ['services', service.name, 'security_opt']
  // Rewriting the item that decides keeps its place and its comment. compose also allows a lone scalar.
  if (current.index !== undefined) {
    const at = Array.isArray(service.data.security_opt) ? [...base, current.index] : base
    return plan(label, setOp(at, item))
  }
  if (!on) return null
  return plan(label, appendOp(base, item))
}
