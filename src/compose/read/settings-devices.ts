// Devices ("/dev/x[:/dev/y[:rwm]]" or {source, target, permissions}) and device cgroup rules.
import type { Located, ServiceView, YamlPath } from '../types'
import { itemPlace } from './settings-items'
import { asObject, splitOutside, toText } from './values'

export interface DeviceMapping {
  host?: string
  container?: string
  permissions?: string
  raw: string
  index: number
  at: YamlPath
  located?: Located
}

export function readDevices(s: ServiceView): DeviceMapping[] {
  const list = s.data.devices
  if (!Array.isArray(list)) return []
  return list.map((item, index) => {
    const base = { raw: typeof item === 'object' ? JSON.stringify(item) : String(item), index, ...itemPlace(s, 'devices', index) }
    const long = asObject(item)
    if (long) {
      const src = toText(long.source)
      return { ...base, host: src.known ? src.value : undefined, container: long.target === undefined ? undefined : String(long.target), permissions: long.permissions === undefined ? undefined : String(long.permissions) }
    }
    const [host, container, permissions] = splitOutside(String(item), ':').map((part) => {
      const t = toText(part)
      return t.known ? t.value : part
    })
    return { ...base, host, container, permissions }
  })
}

export interface CgroupRule {
  type?: string
  major?: string
  minor?: string
  access?: string
  raw: string
  index: number
  at: YamlPath
  located?: Located
}

/** `c 1:3 mr`, `a *:* rwm`, `b 8:* r`. */
export function readDeviceCgroupRules(s: ServiceView): CgroupRule[] {
  const list = s.data.device_cgroup_rules
  if (!Array.isArray(list)) return []
  return list.map((item, index) => {
    const raw = String(item)
    const t = toText(item)
    const m = /^\s*([abc])(?:\s+([^:\s]+):(\S+))?\s*(\S*)\s*$/.exec(t.known ? t.value : raw)
    const base = { raw, index, ...itemPlace(s, 'device_cgroup_rules', index) }
    // A bare `a` means every device, like `a *:* rwm`.
    return m ? { ...base, type: m[1], major: m[2] ?? '*', minor: m[3] ?? '*', access: m[4] || undefined } : base
  })
}
