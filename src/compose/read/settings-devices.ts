// Devices ("/dev/x[:/dev/y[:rwm]]" or {source, target, permissions}) and device cgroup rules.
import type { ServiceView } from '../types'
import { listItems } from './settings-items'
import type { ListItem } from './settings-items'
import { asObject, splitOutside, toText } from './values'

export interface DeviceMapping extends ListItem {
  /** The host device after interpolation defaults; as written when a variable without default decides it. */
  host?: string
  /** False when a variable without default decides the host device. */
  hostKnown: boolean
  container?: string
  permissions?: string
  raw: string
  long?: Record<string, unknown>
}

/** A part after interpolation with defaults, or as written when a variable without default remains. */
const resolved = (part: string) => {
  const t = toText(part)
  return t.known ? t.value : part
}

export function readDevices(s: ServiceView): DeviceMapping[] {
  return listItems(s, 'devices').map((item): DeviceMapping => {
    const { written } = item
    const raw = typeof written === 'object' ? JSON.stringify(written) : String(written)
    const long = asObject(written)
    if (long) {
      const source = typeof long.source === 'string' ? long.source : undefined
      return {
        ...item, raw, long, host: source === undefined ? undefined : resolved(source), hostKnown: source === undefined || toText(source).known,
        container: long.target === undefined ? undefined : String(long.target), permissions: long.permissions === undefined ? undefined : String(long.permissions),
      }
    }
    const parts = splitOutside(String(written), ':')
    const [host, container, permissions] = parts.map(resolved)
    return { ...item, raw, host, hostKnown: toText(parts[0]).known, container, permissions }
  })
}

export interface CgroupRule extends ListItem {
  /** a, b or c (any letter case as written, lower-cased here). */
  type?: string
  /** Major and minor numbers, '*' for any; '?' when a variable without default stands for the number. */
  major?: string
  minor?: string
  access?: string
  raw: string
}

/** `type major:minor access`, as in the kernel's devices.allow; a bare type means `*:*`. */
const RULE = /^([abc])(?:\s+([^:\s]+):(\S+))?(?:\s+(\S+))?$/i
const VARIABLE = /\$\{[^}]*\}|\$[A-Za-z_]\w*/g

/**
 * `c 1:3 mr`, `a *:* rwm`, `b 8:* r`. Docker accepts only lower-case types; an upper-case one is read as the type it
 * names, so a rule reports `A *:* rwm` as broad (Docker refuses it anyway). A variable without default stands for one
 * unknown number (`?`): a literal `*` or type `a` beside it still decides.
 */
export function readDeviceCgroupRules(s: ServiceView): CgroupRule[] {
  return listItems(s, 'device_cgroup_rules').map((item): CgroupRule => {
    const raw = String(item.written)
    if (typeof item.written !== 'string' && typeof item.written !== 'number') return { ...item, raw }
    const t = toText(raw.trim())
    const m = RULE.exec(t.known ? t.value.trim() : raw.trim().replace(VARIABLE, '?'))
    return m ? { ...item, raw, type: m[1].toLowerCase(), major: m[2] ?? '*', minor: m[3] ?? '*', access: m[4] } : { ...item, raw }
  })
}
