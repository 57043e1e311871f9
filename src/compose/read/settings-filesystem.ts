// Read-only root, tmpfs mounts and volumes in short and long syntax, read as compose reads them (compose-go's
// loader/volume.go): a mount option counts only in the spelling compose knows, except where a rule must see a danger.
import type { Located, ServiceView } from '../types'
import { listItems } from './settings-items'
import type { ListItem } from './settings-items'
import { asObject, get, maskInterpolation, splitColons, toBool, toText } from './values'

export interface ReadOnlySetting {
  /** true / false when set, null when unset or unknown (interpolated). */
  value: boolean | null
  located?: Located
}

export function readReadOnly(s: ServiceView): ReadOnlySetting {
  if (s.data.read_only === undefined || s.data.read_only === null) return { value: null }
  const b = toBool(s.data.read_only)
  return { value: b.known ? b.value : null, located: s.locate(['read_only']) }
}

export interface TmpfsMount extends ListItem {
  path: string
  size?: string
  mode?: string
  /** The other options, as written (uid=…, noexec, …). */
  options: string[]
  raw: string
  /** 'tmpfs' for the service's tmpfs key; 'volume' for a `type: tmpfs` volume. */
  source: 'tmpfs' | 'volume'
  /** True when a variable without default may hold the size (the whole entry, or its options, is a variable). */
  unknown: boolean
}

/** Parses `/path[:opt,opt]`. */
export function parseTmpfsEntry(raw: string): { path: string; size?: string; mode?: string; options: string[] } {
  const i = raw.indexOf(':')
  const path = (i < 0 ? raw : raw.slice(0, i)).trim()
  const opts = i < 0 ? [] : raw.slice(i + 1).split(',').map((o) => o.trim()).filter(Boolean)
  let size: string | undefined
  let mode: string | undefined
  const options: string[] = []
  for (const o of opts) {
    const [k, v] = o.split('=', 2)
    if (k === 'size') size = v
    else if (k === 'mode') mode = v
    else options.push(o)
  }
  return { path, size, mode, options }
}

/** The options that undo Docker's defaults for a tmpfs mount, which is mounted `noexec,nosuid,nodev` unless told otherwise. */
export const TMPFS_RELAXING_OPTIONS = ['exec', 'suid', 'dev'] as const
export type TmpfsRelaxingOption = (typeof TMPFS_RELAXING_OPTIONS)[number]

/**
 * The relaxing options (exec, suid, dev) a tmpfs mount ends up with: mount options apply in order, so the last of `exec`
 * and `noexec` decides. Read in any letter case: Docker refuses `EXEC`, but it names what the author asked for.
 */
export function tmpfsRelaxingOptions(options: readonly string[]): TmpfsRelaxingOption[] {
  const last = new Map<TmpfsRelaxingOption, boolean>()
  for (const raw of options) {
    const o = raw.trim().toLowerCase()
    for (const name of TMPFS_RELAXING_OPTIONS) {
      if (o === name) last.set(name, true)
      else if (o === `no${name}`) last.set(name, false)
    }
  }
  return TMPFS_RELAXING_OPTIONS.filter((name) => last.get(name) === true)
}

export function formatTmpfsEntry(e: { path: string; size?: string; mode?: string; options?: string[] }): string {
  const opts = [...(e.size ? [`size=${e.size}`] : []), ...(e.mode ? [`mode=${e.mode}`] : []), ...(e.options ?? [])]
  return opts.length ? `${e.path}:${opts.join(',')}` : e.path
}

/** A `tmpfs:` entry. With a variable without default only the options can hold the size: `${DIR}:mode=1777` has none. */
function readTmpfsEntry(written: unknown): Pick<TmpfsMount, 'path' | 'size' | 'mode' | 'options' | 'unknown'> {
  const t = toText(written)
  if (t.known) return { ...parseTmpfsEntry(t.value), unknown: false }
  const raw = String(written)
  const colon = maskInterpolation(raw).indexOf(':')
  if (colon < 0 || raw.slice(colon + 1).includes('$')) return { path: raw, options: [], unknown: true }
  return { ...parseTmpfsEntry(`/:${raw.slice(colon + 1)}`), path: raw.slice(0, colon), unknown: false }
}

export function readTmpfs(s: ServiceView): TmpfsMount[] {
  const own = listItems(s, 'tmpfs').map((item): TmpfsMount => ({ ...item, ...readTmpfsEntry(item.written), raw: String(item.written), source: 'tmpfs' }))
  const fromVolumes = readVolumes(s).filter((v) => v.type === 'tmpfs').map((v): TmpfsMount => {
    const size = get(v.long, 'tmpfs', 'size')
    const mode = get(v.long, 'tmpfs', 'mode')
    return {
      written: v.written, index: v.index, at: v.at, origin: v.origin, located: v.located,
      path: v.target ?? '', size: size === undefined || size === null || size === '' ? undefined : String(size),
      mode: mode === undefined ? undefined : String(mode), options: [], raw: v.raw, source: 'volume', unknown: false,
    }
  })
  return [...own, ...fromVolumes]
}

export interface VolumeMount extends ListItem {
  /** Lower-cased `type` of the long syntax; for the short syntax (or a long one without `type`), 'bind' for a host path, else 'volume'. */
  type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image' | string
  /** Host path or volume name after interpolation defaults; as written when a variable without default decides it. */
  source?: string
  /** False when a variable without default decides the source. */
  sourceKnown: boolean
  target?: string
  readOnly: boolean
  /** Lower-cased bind propagation (shared, rshared, slave, …) from the short-syntax options or `bind.propagation`. */
  propagation?: string
  /** Short syntax: the ':'-separated parts as written (source, target, comma-separated options). */
  parts?: string[]
  raw: string
  long?: Record<string, unknown>
}

const PROPAGATIONS = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'])

/** Host paths: absolute, relative, home, or an interpolation standing for one. Anything else is a named volume. */
function looksLikePath(src: string): boolean {
  return /^[./~$]/.test(src) || /^[A-Za-z]:[\\/]/.test(src)
}

export type ShortVolume = Omit<VolumeMount, keyof ListItem | 'raw' | 'long'>

/**
 * A short-syntax volume. Compose compares the options exactly and ignores the ones it does not know, so `RO` is not
 * read-only (the mount is writable) and the last of `ro` / `rw` wins. Propagation is read in any letter case: compose
 * ignores `RSHARED`, but it names a danger the author asked for, and the rules flag it.
 */
export function parseShortVolume(raw: string): ShortVolume {
  const parts = splitColons(raw)
  if (parts.length === 1) return { type: 'volume', target: parts[0], sourceKnown: true, readOnly: false, parts }
  const [written, target, mode = ''] = parts
  const options = mode.split(',').map((m) => m.trim())
  const interp = toText(written)
  const source = interp.known ? interp.value : written
  return {
    type: looksLikePath(source) || looksLikePath(written) ? 'bind' : 'volume', source, sourceKnown: interp.known, target, parts,
    readOnly: options.filter((o) => o === 'ro' || o === 'rw').at(-1) === 'ro',
    propagation: options.map((o) => o.toLowerCase()).find((m) => PROPAGATIONS.has(m)),
  }
}

/**
 * Every volume of the service. In the long syntax `type` is read in any letter case and guessed from the source when
 * missing: Docker refuses `type: BIND` and compose requires a type, but such a file still says "bind this host path".
 */
export function readVolumes(s: ServiceView): readonly VolumeMount[] {
  let found = volumesOf.get(s)
  if (!found) volumesOf.set(s, (found = Object.freeze(parseVolumes(s))))
  return found
}

/** Several rules and the tmpfs reader ask for the same service's volumes: they are read once per parse. */
const volumesOf = new WeakMap<ServiceView, readonly VolumeMount[]>()

function parseVolumes(s: ServiceView): VolumeMount[] {
  return listItems(s, 'volumes').map((item): VolumeMount => {
    const { written } = item
    const raw = typeof written === 'string' ? written : JSON.stringify(written)
    if (typeof written === 'string') return { ...item, raw, ...parseShortVolume(written) }
    const long = asObject(written) ?? {}
    const src = typeof long.source === 'string' ? toText(long.source) : undefined
    const source = src === undefined ? undefined : src.known ? src.value : (long.source as string)
    const ro = toBool(long.read_only)
    const prop = get(long, 'bind', 'propagation')
    return {
      ...item, raw, long, source, sourceKnown: src?.known ?? true,
      type: typeof long.type === 'string' ? long.type.toLowerCase() : source !== undefined && looksLikePath(source) ? 'bind' : 'volume',
      target: typeof long.target === 'string' ? long.target : undefined,
      readOnly: ro.known && ro.value,
      propagation: typeof prop === 'string' ? prop.trim().toLowerCase() : undefined,
    }
  })
}
