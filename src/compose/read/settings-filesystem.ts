// Read-only root, tmpfs mounts and volumes in short and long syntax.
import type { Located, ServiceView, YamlPath } from '../types'
import { itemPlace } from './settings-items'
import { asList, asObject, get, splitOutside, toBool, toText } from './values'

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

export interface TmpfsMount {
  path: string
  size?: string
  mode?: string
  /** The other options, as written (uid=…, noexec, …). */
  options: string[]
  raw: string
  index: number
  at: YamlPath
  /** 'tmpfs' for the service's tmpfs key; 'volume' for a `type: tmpfs` volume. */
  source: 'tmpfs' | 'volume'
  located?: Located
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

export function formatTmpfsEntry(e: { path: string; size?: string; mode?: string; options?: string[] }): string {
  const opts = [...(e.size ? [`size=${e.size}`] : []), ...(e.mode ? [`mode=${e.mode}`] : []), ...(e.options ?? [])]
  return opts.length ? `${e.path}:${opts.join(',')}` : e.path
}

export function readTmpfs(s: ServiceView): TmpfsMount[] {
  const list = s.data.tmpfs
  const own: TmpfsMount[] = asList(list).map((item, index) => {
    const t = toText(item)
    const parsed = t.known ? parseTmpfsEntry(t.value) : { path: String(item), options: [] }
    return { ...parsed, raw: String(item), index, source: 'tmpfs' as const, ...itemPlace(s, 'tmpfs', index, !Array.isArray(list)) }
  })
  const fromVolumes = readVolumes(s).filter((v) => v.type === 'tmpfs').map((v): TmpfsMount => {
    const size = get(v.long, 'tmpfs', 'size')
    const mode = get(v.long, 'tmpfs', 'mode')
    return {
      path: v.target ?? '', size: size === undefined ? undefined : String(size), mode: mode === undefined ? undefined : String(mode),
      options: [], raw: v.raw, index: v.index, at: v.at, source: 'volume', located: v.located,
    }
  })
  return [...own, ...fromVolumes]
}

export interface VolumeMount {
  type: 'bind' | 'volume' | 'tmpfs' | 'npipe' | 'cluster' | 'image' | string
  source?: string
  target?: string
  readOnly: boolean
  /** Bind propagation (shared, rshared, slave, …) from `bind.propagation` or the short-syntax mode. */
  propagation?: string
  raw: string
  long?: Record<string, unknown>
  index: number
  at: YamlPath
  located?: Located
}

const PROPAGATIONS = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'])

/** Host paths: absolute, relative, home, or an interpolation standing for one. Anything else is a named volume. */
function looksLikePath(src: string): boolean {
  return /^[./~$]/.test(src) || /^[A-Za-z]:[\\/]/.test(src)
}

export function parseShortVolume(raw: string): Omit<VolumeMount, 'index' | 'at' | 'located' | 'raw'> {
  const parts = splitVolume(raw)
  if (parts.length === 1) return { type: 'volume', target: parts[0], readOnly: false }
  const [source, target, mode = ''] = parts
  const modes = mode.split(',').map((m) => m.trim())
  const propagation = modes.find((m) => PROPAGATIONS.has(m))
  const interp = toText(source)
  const src = interp.known ? interp.value : source
  return { type: looksLikePath(src) || looksLikePath(source) ? 'bind' : 'volume', source: src, target, readOnly: modes.includes('ro'), propagation }
}

/** Splits on ':' but keeps a Windows drive letter (`C:\data:/data`) with its path. */
function splitVolume(raw: string): string[] {
  const parts = splitOutside(raw, ':')
  if (parts.length > 1 && /^[A-Za-z]$/.test(parts[0]) && /^[\\/]/.test(parts[1])) parts.splice(0, 2, `${parts[0]}:${parts[1]}`)
  return parts
}

export function readVolumes(s: ServiceView): VolumeMount[] {
  const list = s.data.volumes
  if (!Array.isArray(list)) return []
  return list.map((item, index) => {
    const base = { raw: typeof item === 'string' ? item : JSON.stringify(item), index, ...itemPlace(s, 'volumes', index) }
    if (typeof item === 'string') return { ...base, ...parseShortVolume(item) }
    const long = asObject(item) ?? {}
    const src = toText(long.source)
    const ro = toBool(long.read_only)
    const prop = get(long, 'bind', 'propagation')
    return {
      ...base, long,
      type: typeof long.type === 'string' ? long.type : 'volume',
      source: src.known ? src.value : typeof long.source === 'string' ? long.source : undefined,
      target: typeof long.target === 'string' ? long.target : undefined,
      readOnly: ro.known && ro.value,
      propagation: typeof prop === 'string' ? prop : undefined,
    }
  })
}
