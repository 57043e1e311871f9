// Plans for the service list: add, rename, remove. Plans say what changes; the compose core writes the text.
import { deleteOp, plan, renameOp, setOp } from '../compose/write/plan'
import type { ComposeFile, EditOp, ServiceView, YamlPath } from '../compose/types'
import type { EditResult } from './edit-result'
import { findService } from './list-items'
import { serviceNameProblem } from './service-name'

/** A new service starts hardened: the forms then show what to relax, not what to add. */
export function newServiceTemplate(): Record<string, unknown> {
  return {
    image: 'alpine:3.20',
    user: '1000:1000',
    read_only: true,
    cap_drop: ['ALL'],
    security_opt: ['no-new-privileges:true'],
  }
}

const namesIn = (file: ComposeFile) => file.services.map((s) => s.name)

/** Adds a hardened service called `name`, or says why the name cannot be used. */
export function addServicePlan(file: ComposeFile, name: string): EditResult {
  return serviceNameProblem(name, namesIn(file)) ?? plan(`Add service ${name}`, setOp(['services', name], newServiceTemplate()))
}

/**
 * Renames the service and the references other services write to it (depends_on, links, extends, network_mode,
 * volumes_from), so the file still works. References inherited from an anchor are left alone: the anchor is shared.
 */
export function renameServicePlan(file: ComposeFile, from: string, to: string): EditResult {
  if (from === to) return null
  const names = namesIn(file)
  if (!names.includes(from)) return `There is no service "${from}" any more.`
  const problem = serviceNameProblem(to, names, from)
  if (problem) return problem
  const ops: EditOp[] = []
  for (const s of file.services) ops.push(...referenceOps(s, from, to))
  return plan(`Rename service ${from} to ${to}`, ...ops, renameOp(['services', from], to))
}

/** Ops on service `s` that point its references to `from` at `to` instead. */
function referenceOps(s: ServiceView, from: string, to: string): EditOp[] {
  const ops: EditOp[] = []
  const own = (at: YamlPath) => s.locate(at)?.origin === 'own'
  const at = (...path: YamlPath) => ['services', s.name, ...path]
  const list = (key: string, rewrite: (item: string) => string | null) => {
    const value = s.data[key]
    if (!Array.isArray(value)) return
    value.forEach((item, i) => {
      const next = typeof item === 'string' ? rewrite(item) : null
      const path = s.itemPath(key, i)
      if (next !== null && path && own(path)) ops.push(setOp(at(...path), next))
    })
  }
  const renamed = (item: string, sep: string) => (item === from ? to : item.startsWith(from + sep) ? to + item.slice(from.length) : null)
  list('depends_on', (item) => (item === from ? to : null))
  list('links', (item) => renamed(item, ':'))
  list('volumes_from', (item) => renamed(item, ':'))
  const deps = s.data.depends_on
  if (deps && typeof deps === 'object' && !Array.isArray(deps) && Object.hasOwn(deps, from) && own(['depends_on', from])) {
    ops.push(renameOp(at('depends_on', from), to))
  }
  const ext = s.data.extends
  if (ext === from && own(['extends'])) ops.push(setOp(at('extends'), to))
  if (ext && typeof ext === 'object' && (ext as Record<string, unknown>).service === from
    && (ext as Record<string, unknown>).file === undefined && own(['extends', 'service'])) ops.push(setOp(at('extends', 'service'), to))
  if (s.data.network_mode === `service:${from}` && own(['network_mode'])) ops.push(setOp(at('network_mode'), `service:${to}`))
  return ops
}

export function removeServicePlan(file: ComposeFile, name: string): EditResult {
  const service = findService(file, name)
  return typeof service === 'string' ? service : plan(`Remove service ${name}`, deleteOp(['services', name]))
}
