// Capability lists, normalised: case-insensitive names without the CAP_ prefix.
import type { ServiceView } from '../types'
import { listItems } from './settings-items'
import type { ListItem } from './settings-items'
import { toText } from './values'

/** Docker's default capability set (moby's oci/caps/defaults.go): 14 capabilities. */
export const DOCKER_DEFAULT_CAPS: readonly string[] = [
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD',
  'NET_BIND_SERVICE', 'NET_RAW', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
]

export interface CapItem extends ListItem {
  /** Normalised name: upper case, no CAP_ prefix ('ALL' for all). Undefined when interpolated without default. */
  name?: string
  raw: string
}

export function normalizeCap(raw: string): string {
  return raw.trim().toUpperCase().replace(/^CAP_/, '')
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
