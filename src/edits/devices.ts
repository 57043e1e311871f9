// Plans for the Devices form: `devices` mappings and `device_cgroup_rules`, added and removed.
import { appendOp, plan } from '../compose/write/plan'
import { readDeviceCgroupRules, readDevices } from '../compose/read/settings'
import type { ComposeFile, EditPlan } from '../compose/types'
import { editItemPlan, findService, REMOVE, usesLongSyntax } from './list-items'

type Built = EditPlan | string | null

export interface DeviceInput {
  host: string
  container: string
  permissions: string
}

/** Container Device Interface names (`nvidia.com/gpu=all`) stand for host hardware without being a path. */
const CDI = /^[a-z0-9][a-z0-9.-]*\/[a-z0-9][a-z0-9._-]*=\S+$/i

/** Problems with a new device, keyed by field, for people. Empty when it can be written. */
export function deviceInputProblems(input: DeviceInput): Partial<Record<keyof DeviceInput, string>> {
  const out: Partial<Record<keyof DeviceInput, string>> = {}
  const host = input.host.trim()
  const container = input.container.trim()
  const permissions = input.permissions.trim()
  const cdi = CDI.test(host)
  if (!host) out.host = 'Enter the host device, for example /dev/ttyUSB0.'
  else if (!cdi && !host.startsWith('/')) out.host = 'The host device must be an absolute path (or a CDI name such as vendor.com/gpu=all).'
  else if (/[\s:]/.test(host)) out.host = 'The host device cannot contain spaces or ":".'
  if (container && (!container.startsWith('/') || /[\s:]/.test(container))) out.container = 'The container path must be absolute, without spaces or ":".'
  else if (cdi && container) out.container = 'A CDI device takes no container path.'
  if (permissions && (!/^[rwm]{1,3}$/.test(permissions) || new Set(permissions).size !== permissions.length)) {
    out.permissions = 'Permissions are r, w and m, each at most once (rwm).'
  } else if (cdi && permissions) out.permissions = 'A CDI device takes no permissions.'
  return out
}

/** `host[:container[:permissions]]`; permissions without a container path map the device to the same path. */
export function formatShortDevice(input: DeviceInput): string {
  const host = input.host.trim()
  const container = input.container.trim()
  const permissions = input.permissions.trim()
  if (permissions) return `${host}:${container || host}:${permissions}`
  return container ? `${host}:${container}` : host
}

function longDevice(input: DeviceInput): Record<string, unknown> {
  const host = input.host.trim()
  const permissions = input.permissions.trim()
  return { source: host, target: input.container.trim() || host, ...(permissions ? { permissions } : {}) }
}

export function addDevicePlan(file: ComposeFile, name: string, input: DeviceInput): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const problem = Object.values(deviceInputProblems(input))[0]
  if (problem) return problem
  const value = usesLongSyntax(service, 'devices') && !CDI.test(input.host.trim()) ? longDevice(input) : formatShortDevice(input)
  return plan(`Map the device ${input.host.trim()} into ${name}`, appendOp(['services', name, 'devices'], value))
}

export function removeDevicePlan(file: ComposeFile, name: string, index: number): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const device = readDevices(service)[index]
  return editItemPlan(`Remove the device ${device?.host ?? index + 1} from ${name}`, file, service, 'devices', index, REMOVE)
}

/** `type major:minor [access]`: type a, b or c; major and minor a number or `*`; access from r, w, m. */
const CGROUP_RULE = /^([abc]) (\*|\d+):(\*|\d+)(?: ([rwm]{1,3}))?$/

/** The rule with its spaces tidied, as it will be written. */
export function normalizeCgroupRule(rule: string): string {
  return rule.trim().replace(/\s+/g, ' ')
}

export function cgroupRuleProblem(rule: string): string | null {
  const r = normalizeCgroupRule(rule)
  if (!r) return 'Enter a rule such as c 189:1 rwm.'
  const m = CGROUP_RULE.exec(r)
  if (!m) return 'Write a rule as "type major:minor access": type a, b or c, numbers or *, access from rwm (c 189:1 rwm).'
  if (m[4] && new Set(m[4]).size !== m[4].length) return 'Access letters r, w and m may appear once each.'
  return null
}

export function addCgroupRulePlan(file: ComposeFile, name: string, rule: string): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const problem = cgroupRuleProblem(rule)
  if (problem) return problem
  const r = normalizeCgroupRule(rule)
  if (readDeviceCgroupRules(service).some((x) => normalizeCgroupRule(x.raw) === r)) return `${name} has the rule "${r}" already.`
  return plan(`Add the device cgroup rule "${r}" to ${name}`, appendOp(['services', name, 'device_cgroup_rules'], r))
}

export function removeCgroupRulePlan(file: ComposeFile, name: string, index: number): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const rule = readDeviceCgroupRules(service)[index]
  return editItemPlan(`Remove the device cgroup rule "${rule?.raw ?? index + 1}" from ${name}`, file, service, 'device_cgroup_rules', index, REMOVE)
}
