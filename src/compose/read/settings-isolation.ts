// `privileged` and the host namespaces (pid, ipc, uts, userns_mode, cgroup): what the Isolation form and the rules read.
import type { Located, ServiceView } from '../types'
import { toBool, toText } from './values'

export type IsolationKey = 'privileged' | 'pid' | 'ipc' | 'uts' | 'userns_mode' | 'cgroup'

export const ISOLATION_KEYS: readonly IsolationKey[] = ['privileged', 'pid', 'ipc', 'uts', 'userns_mode', 'cgroup']

export interface IsolationSetting {
  key: IsolationKey
  /** True when the service gets what the switch names: privileged, or the host's namespace. */
  on: boolean
  /** The value as written, when the key is set. */
  raw?: unknown
  /** True when a variable without default decides the value. */
  unknown: boolean
  located?: Located
}

/** `privileged` as a boolean (strings too); a namespace is the host's when it reads `host` in any letter case. */
export function readIsolation(service: ServiceView, key: IsolationKey): IsolationSetting {
  const raw = service.data[key]
  if (raw === undefined || raw === null) return { key, on: false, unknown: false }
  const located = service.locate([key])
  if (key === 'privileged') {
    const b = toBool(raw)
    return { key, on: b.known && b.value, raw, unknown: !b.known, located }
  }
  const t = toText(raw)
  return { key, on: t.known && t.value.trim().toLowerCase() === 'host', raw, unknown: !t.known, located }
}
