// The No new privileges switch, also require-no-new-privileges' fix: rewrite the deciding security_opt item where it is
// written, or add one.
import { readNoNewPrivileges } from '../compose/read/settings'
import { plan } from '../compose/write/plan'
import type { ComposeFile } from '../compose/types'
import type { EditResult } from './edit-result'
import { findService, listEditOps } from './list-items'

/** Null when there is nothing to write (turning off a setting that is absent already means off). */
export function setNoNewPrivilegesPlan(file: ComposeFile, serviceName: string, on: boolean): EditResult {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const { value, item: deciding } = readNoNewPrivileges(service)
  if (value === on || (!on && !deciding)) return null
  const item = `no-new-privileges:${on}`
  const label = `${on ? 'Forbid' : 'Allow'} privilege escalation in ${service.name}`
  // Rewriting the item that decides keeps its place and its comment (in the service's own copy of a list an anchor
  // gives). Absent, written on the service this one extends, or a `${OPT}` that may be another option: an item added
  // here comes last (compose puts the service's own items after the base's), so it decides.
  const rewrite = deciding?.key === 'no-new-privileges' && deciding.origin !== 'extends'
  const edits = rewrite ? [{ item: deciding, next: item }] : []
  return plan(label, ...listEditOps(file, service, 'security_opt', edits, edits.length ? [] : [item]))
}
