// -v and --mount as Compose volumes. `-v` has the same short syntax in Compose (options ro, z, propagation, nocopy
// included), so it is kept as written; `--mount` becomes the long syntax, which keeps every option (readonly,
// bind-propagation, tmpfs-size, …). A read-only file bound at /run/secrets/NAME is what Compose does for a file secret,
// so it is written as one. Named volumes get a top-level entry, as Compose requires.
import type { ConvertContext } from './convert-context'
import { noteOnce } from './convert-context'
import { append, csvFields, intOrText, keyValue, own, put, setEntry } from './service-draft'
import type { Draft } from './service-draft'

const VOLUME_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/
const SECRET_TARGET = /^\/run\/secrets\/([A-Za-z0-9][A-Za-z0-9_.-]*)$/

const RELATIVE_NOTE = 'Relative host paths (./…) are resolved from the folder of the compose file in Compose, from the current folder in docker run.'

/** `-v SOURCE:TARGET[:OPTIONS]` or `-v TARGET`. */
export function mapVolume(ctx: ConvertContext, spec: string): void {
  const parts = splitVolume(spec)
  if (parts.length >= 2) {
    const [source, target, options] = parts
    const secret = SECRET_TARGET.exec(target)
    if (secret && options === 'ro' && isHostPath(source) && addSecret(ctx, secret[1], source)) {
      append(ctx.draft, 'secrets', secret[1])
      noteOnce(ctx, `-v ${spec}: a read-only file at /run/secrets/${secret[1]} is how Compose mounts a file secret, so it is written as the secret ${secret[1]}.`)
      if (isRelative(source)) noteOnce(ctx, RELATIVE_NOTE)
      return
    }
    if (isNamedVolume(source)) namedVolume(ctx, source, {})
    if (isRelative(source)) noteOnce(ctx, RELATIVE_NOTE)
  }
  append(ctx.draft, 'volumes', spec)
}

/** `--mount type=…,source=…,target=…,…` in the long syntax. */
export function mapMount(ctx: ConvertContext, spec: string, flag: string): void {
  const mount: Draft = {}
  const sub: Record<'bind' | 'volume' | 'tmpfs' | 'image', Draft> = { bind: {}, volume: {}, tmpfs: {}, image: {} }
  const volumeDef: Draft = {}
  let type = 'volume'
  const rest: Array<[string, string | undefined]> = []
  for (const field of csvFields(spec)) {
    const { key, value } = keyValue(field)
    if (key === 'type' && value) type = value
    else rest.push([key.toLowerCase(), value])
  }
  mount.type = type
  const flagTrue = (v: string | undefined) => v === undefined || /^(1|true)$/i.test(v)
  for (const [key, value] of rest) {
    switch (key) {
      case 'source': case 'src': mount.source = value ?? ''; break
      case 'target': case 'destination': case 'dst': mount.target = value ?? ''; break
      case 'readonly': case 'ro': if (flagTrue(value)) mount.read_only = true; break
      case 'consistency': mount.consistency = value; break
      case 'bind-propagation': sub.bind.propagation = value; break
      case 'bind-recursive': sub.bind.recursive = value; break
      case 'bind-nonrecursive': if (flagTrue(value)) sub.bind.recursive = 'disabled'; break
      case 'volume-nocopy': if (flagTrue(value)) sub.volume.nocopy = true; break
      case 'volume-subpath': sub.volume.subpath = value; break
      case 'volume-driver': volumeDef.driver = value; break
      case 'volume-label': { const kv = keyValue(value ?? ''); setEntry(volumeDef, ['labels'], kv.key, kv.value ?? ''); break }
      case 'volume-opt': { const kv = keyValue(value ?? ''); setEntry(volumeDef, ['driver_opts'], kv.key, kv.value ?? ''); break }
      case 'tmpfs-size': sub.tmpfs.size = intOrText(value ?? ''); break
      case 'tmpfs-mode': sub.tmpfs.mode = octalMode(value ?? ''); break
      case 'image-subpath': sub.image.subpath = value; break
      default: ctx.unsupported.push({ flag: `${flag} …,${key}${value === undefined ? '' : `=${value}`}`, reason: `the mount option ${key} has no Compose equivalent` })
    }
  }
  for (const kind of ['bind', 'volume', 'tmpfs', 'image'] as const) if (Object.keys(sub[kind]).length) mount[kind] = sub[kind]
  if (mount.target === undefined) ctx.problems.push({ code: 'bad-value', message: `${flag} ${spec}: a mount needs a target (target=/path/in/container)` })
  const source = typeof mount.source === 'string' ? mount.source : ''
  if (type === 'volume' && source) {
    namedVolume(ctx, source, volumeDef)
  } else if (Object.keys(volumeDef).length) {
    ctx.unsupported.push({ flag: `${flag} …,volume-*`, reason: 'volume driver options apply only to a named volume (type=volume with a source)' })
  }
  if (type === 'bind' && isRelative(source)) noteOnce(ctx, RELATIVE_NOTE)
  append(ctx.draft, 'volumes', mount)
}

/** A named volume needs a top-level entry; its data lives in the volume docker run made only if Compose uses that name. */
function namedVolume(ctx: ConvertContext, name: string, def: Draft): void {
  put(ctx.top.volumes, name, { ...own(ctx.top.volumes, name), ...def })
  noteOnce(ctx, `Volume ${name}: Compose names it <project>_${name}; to keep using the data in the volume docker run made, declare it with \`external: true\` (or \`name: ${name}\`).`)
}

/** docker reads tmpfs-mode as octal (1777); Compose takes a number, so it is written as an octal literal. */
function octalMode(text: string): number | string {
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : text
}

/** The secret NAME from the host file `source`; false when NAME is already a different secret. */
function addSecret(ctx: ConvertContext, name: string, source: string): boolean {
  const existing = own(ctx.top.secrets, name)
  if (existing && existing.file !== source) return false
  put(ctx.top.secrets, name, { file: source })
  return true
}

/** SOURCE:TARGET:OPTIONS, where a Windows drive letter (C:\…) does not count as a separator. */
function splitVolume(spec: string): string[] {
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] !== ':') continue
    if (i - start === 1 && /[A-Za-z]/.test(spec[start]) && /[\\/]/.test(spec[i + 1] ?? '')) continue
    parts.push(spec.slice(start, i))
    start = i + 1
  }
  parts.push(spec.slice(start))
  return parts
}

const isHostPath = (s: string) => /^(?:[/.~]|\$\{|[A-Za-z]:[\\/])/.test(s)
const isRelative = (s: string) => s === '.' || s === '..' || /^\.\.?\//.test(s)
const isNamedVolume = (s: string) => VOLUME_NAME.test(s) && !isHostPath(s)
