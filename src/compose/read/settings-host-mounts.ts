// The host paths a service mounts: its bind mounts, and its named volumes that are bind mounts under another name (the
// local driver's `driver_opts: {type: none, o: bind, device: /path}`). The mount rules read both here, so both count.
import type { ComposeFile, ServiceView } from '../types'
import { readVolumes } from './settings-filesystem'
import type { VolumeMount } from './settings-filesystem'
import { asObject, toBool, toText } from './values'

/** A top-level named volume that bind-mounts a host path. */
export interface BindVolume {
  /** The volume's key under top-level `volumes:`, which is what services name. */
  name: string
  /** `driver_opts.device` after interpolation defaults; as written when a variable without default decides it. */
  device: string
  deviceKnown: boolean
  /** `driver_opts.o` holds `ro`. */
  readOnly: boolean
}

const EMPTY: ReadonlyMap<string, BindVolume> = new Map()
const byData = new WeakMap<object, ReadonlyMap<string, BindVolume>>()

const optionList = (value: unknown): string[] => {
  const t = toText(value)
  return t.known ? t.value.split(',').map((o) => o.trim().toLowerCase()) : []
}

/**
 * The named volumes that are bind mounts: `driver_opts` with `type: none`, or an `o` holding `bind` (or `rbind`), and a
 * `device:`. An external volume is not created by compose, so its `driver_opts` do not apply.
 */
export function readBindVolumes(file: ComposeFile): ReadonlyMap<string, BindVolume> {
  const top = asObject(file.data?.volumes)
  if (!top || !file.data) return EMPTY
  const known = byData.get(file.data)
  if (known) return known
  const out = new Map<string, BindVolume>()
  for (const [name, definition] of Object.entries(top)) {
    const def = asObject(definition)
    const opts = asObject(def?.driver_opts)
    const external = toBool(def?.external)
    if (!opts || (external.known && external.value) || (opts.device === undefined || opts.device === null)) continue
    const type = toText(opts.type)
    const o = optionList(opts.o)
    const bind = (type.known && type.value.trim().toLowerCase() === 'none') || o.includes('bind') || o.includes('rbind')
    if (!bind) continue
    const device = toText(opts.device)
    const path = device.known ? device.value.trim() : String(opts.device)
    if (path !== '') out.set(name, { name, device: path, deviceKnown: device.known, readOnly: o.includes('ro') })
  }
  byData.set(file.data, out)
  return out
}

/** A host path mounted into the service. */
export interface HostMount {
  mount: VolumeMount
  /** The bind mount's source, or the named volume's `device`. */
  path: string
  /** False when a variable without default decides the path. */
  known: boolean
  /** The mount is read-only (`:ro` or `read_only: true` on the service, or `o: ro` on the named volume). */
  readOnly: boolean
  /** The named volume the host path comes through. */
  volume?: string
}

/** The service's bind mounts and bind-backed named volumes, in the order of its `volumes:`. */
export function readHostMounts(file: ComposeFile, service: ServiceView): HostMount[] {
  const named = readBindVolumes(file)
  const out: HostMount[] = []
  for (const mount of readVolumes(service)) {
    if (mount.source === undefined) continue
    if (mount.type === 'bind') {
      out.push({ mount, path: mount.source, known: mount.sourceKnown, readOnly: mount.readOnly })
      continue
    }
    const volume = mount.type === 'volume' && mount.sourceKnown ? named.get(mount.source) : undefined
    if (volume) out.push({ mount, path: volume.device, known: volume.deviceKnown, readOnly: mount.readOnly || volume.readOnly, volume: volume.name })
  }
  return out
}
