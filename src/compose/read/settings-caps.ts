// Capability lists, normalised: case-insensitive names without the CAP_ prefix.
import type { ServiceView } from '../types'
import { CAPABILITY_BY_NAME } from './capabilities'
import { listItems } from './settings-items'
import type { ListItem } from './settings-items'
import { toText } from './values'

/** Docker's default capability set (moby's oci/caps/defaults.go): 14 capabilities. */
export const DOCKER_DEFAULT_CAPS: readonly string[] = [
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD',
  'NET_BIND_SERVICE', 'NET_RAW', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]

export interface CapItem extends ListItem {
  /**
   * Normalised name: upper case, no CAP_ prefix ('ALL' for all; `CAP_ALL` stays 'CAP_ALL', see normalizeCap).
   * Undefined when interpolated without default.
   */
  name?: string
  raw: string
}

/**
 * Upper case without the CAP_ prefix. Only the bare word ALL means every capability: Docker refuses `CAP_ALL`, so it
 * stays 'CAP_ALL' here, a name that is no capability (valid-capability-names reports it).
 */
export function normalizeCap(raw: string): string {
  const upper = raw.trim().toUpperCase()
  return upper === 'CAP_ALL' ? upper : upper.replace(/^CAP_/, '')
}

/** True for a normalised name Docker accepts: one of the 41 capabilities, or the bare word ALL. */
export function isCapabilityName(name: string): boolean {
  return name === 'ALL' || CAPABILITY_BY_NAME.has(name)
}

/** The capability a cap_add / cap_drop item names, or undefined when it is an interpolation without default. */
export function capName(value: unknown): string | undefined {
  const t = toText(value)
  return t.known ? normalizeCap(t.value) : undefined
}

function readCapList(s: ServiceView, key: 'cap_add' | 'cap_drop'): CapItem[] {
  return listItems(s, key).map((item) => ({ ...item, name: capName(item.written), raw: String(item.written) }))
}

export const readCapAdd = (s: ServiceView): CapItem[] => readCapList(s, 'cap_add')
export const readCapDrop = (s: ServiceView): CapItem[] => readCapList(s, 'cap_drop')

/** The capabilities the container ends up with: Docker's defaults, minus drops, plus adds. 'ALL' expands to `all`. */
export function effectiveCaps(s: ServiceView, all: readonly string[]): string[] {
  const drop = new Set(readCapDrop(s).map((c) => c.name).filter((n): n is string => !!n))
  const add = new Set(readCapAdd(s).map((c) => c.name).filter((n): n is string => !!n))
  const base = drop.has('ALL') ? [] : DOCKER_DEFAULT_CAPS.filter((c) => !drop.has(c))
  const added = add.has('ALL') ? all : [...add]
  return [...new Set([...base, ...added])].filter((c) => c !== 'ALL').sort()
}
