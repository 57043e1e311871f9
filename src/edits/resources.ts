// Edits of the Resources form, also the fixes of require-memory-limit, require-cpu-limit and require-pids-limit. An edit
// keeps the place (deploy.resources or legacy key) the value is already written at; a new limit follows the service's
// syntax (deploy.resources by default), and a new PID limit is `pids_limit`.
import { deleteOp, plan, setOp } from '../compose/write/plan'
import { get, isInterpolated, readResource, resourcePlaces, resourceSyntax, toBytes, toNumber } from '../compose/read/settings'
import type { ResourceKey } from '../compose/read/settings'
import type { ComposeFile, ServiceView, YamlPath } from '../compose/types'
import type { EditResult } from './edit-result'
import { findService } from './list-items'

/** The settings the form edits (cpu_quota is read-only there: cpus says the same more simply). */
export type ResourceField = Exclude<ResourceKey, 'cpuQuota'>

export const RESOURCE_NAMES: Record<ResourceField, string> = {
  cpus: 'CPU limit',
  cpuShares: 'CPU shares',
  cpuset: 'CPU set',
  memory: 'Memory limit',
  memoryReservation: 'Memory reservation',
  memswap: 'Memory + swap limit',
  pids: 'PIDs limit',
}

const SIZE = /^\d+(\.\d+)?\s*([bkmgt]|[kmgt]b)?$/i
const MIN_MEMORY = 6 * 1024 ** 2

/** A message for people when `input` cannot be written to `field`, else null. Empty input means "remove it". */
export function resourceInputProblem(field: ResourceField, input: string): string | null {
  const v = input.trim()
  if (v === '' || isInterpolated(v)) return null
  switch (field) {
    case 'memory':
    case 'memoryReservation':
    case 'memswap': {
      if (field === 'memswap' && v === '-1') return null
      if (!SIZE.test(v)) return `Write a size such as 512M, 1G or a number of bytes${field === 'memswap' ? ', or -1 for unlimited swap' : ''}.`
      const bytes = toBytes(v)
      if (field === 'memory' && bytes.known && bytes.value < MIN_MEMORY) return 'Docker needs a memory limit of at least 6M.'
      return null
    }
    case 'cpus':
      return /^(\d+(\.\d*)?|\.\d+)$/.test(v) && Number(v) > 0 ? null : 'Write a positive number of CPUs, such as 0.5 or 2.'
    case 'cpuShares':
      return /^\d+$/.test(v) && Number(v) >= 2 && Number(v) <= 262144 ? null : 'Write a whole number from 2 to 262144 (1024 is the default weight).'
    case 'cpuset':
      return /^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(v.replace(/\s/g, '')) ? null : 'Write CPU numbers or ranges, such as 0-3 or 0,2.'
    case 'pids':
      return /^\d+$/.test(v) && Number(v) > 0 ? null : 'Write a whole number of processes above 0, such as 100.'
  }
}

/** Where a value not yet written goes: the service's resource syntax, except PIDs (`pids_limit`, as the rule fixes it). */
export function newResourcePlace(service: ServiceView, field: ResourceField): YamlPath {
  if (field === 'pids') return ['pids_limit']
  const places = resourcePlaces(field)
  const syntax = resourceSyntax(service)
  return (places.find((p) => p.syntax === syntax) ?? places[0]).at
}

const isNumeric = (v: string) => /^-?(\d+(\.\d*)?|\.\d+)$/.test(v)

/** Where the form writes `field` of the service: the place it is written already, else newResourcePlace. */
export function resourcePlace(service: ServiceView, field: ResourceField): YamlPath {
  return readResource(service, field)?.at ?? newResourcePlace(service, field)
}

/**
 * The YAML value for `input`: the field's type (CPUs under deploy as a string, as the compose docs write them; other
 * numbers as numbers; sizes with units and cpusets as strings), except that a working limit keeps the type it is
 * written in. A value that meant no limit (0, -1) is repaired, so it gets the field's type.
 */
function typedValue(field: ResourceField, input: string, previous: unknown, at: YamlPath): string | number {
  const v = input.trim()
  if (!isNumeric(v) || field === 'cpuset' || isInterpolated(v)) return v
  const working = toNumber(previous)
  if (working.known && working.value > 0) return typeof previous === 'string' ? v : Number(v)
  return field === 'cpus' && at[0] === 'deploy' ? v : Number(v)
}

export interface ResourceInput {
  field: ResourceField
  /** As typed in the form; empty removes the setting. */
  value: string
}

/** Sets, changes or (for an empty value) removes one resource setting of the service. */
export function setResourcePlan(file: ComposeFile, serviceName: string, { field, value: input }: ResourceInput): EditResult {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const name = RESOURCE_NAMES[field]
  const base = ['services', service.name]
  if (input.trim() === '') return clearResourcePlan(service, field)
  const problem = resourceInputProblem(field, input)
  if (problem) return `${name}: ${problem}`
  const current = readResource(service, field)
  const at = resourcePlace(service, field)
  const value = typedValue(field, input, current?.raw, at)
  if (current && current.raw === value) return null
  return plan(`Set the ${name.toLowerCase()} of ${service.name} to ${value}`, setOp([...base, ...at], value))
}

function clearResourcePlan(service: ServiceView, field: ResourceField): EditResult {
  const name = RESOURCE_NAMES[field]
  const written = resourcePlaces(field).filter((p) => get(service.data, ...(p.at as string[])) !== undefined)
  if (written.length === 0) return null
  const inherited = written.find((p) => (service.locate(p.at)?.origin ?? 'own') !== 'own')
  if (inherited) {
    const located = service.locate(inherited.at)
    const where = located?.origin === 'extends' ? `the service ${located.from ?? 'it extends'}` : located?.anchor ? `&${located.anchor}` : 'a merged anchor'
    return `The ${name.toLowerCase()} of ${service.name} comes from ${where}, so it cannot be removed here. Set another value, or remove it there.`
  }
  return plan(`Remove the ${name.toLowerCase()} of ${service.name}`, ...written.map((p) => deleteOp(['services', service.name, ...p.at])))
}
