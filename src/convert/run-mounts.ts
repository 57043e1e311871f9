// A Compose volume entry as a docker run option: the short syntax is docker's -v syntax, the long syntax becomes --mount
// with the same options (readonly, bind-propagation, volume-nocopy, tmpfs-size, tmpfs-mode, …).
import type { RunBuilder } from './run-builder'
import { text, isObj } from './plain-values'

const isTrue = (v: unknown) => v === true || v === 'true'

export function emitMount(b: RunBuilder, item: unknown): void {
  if (!isObj(item)) {
    const spec = text(item)
    const source = spec.split(':')[0]
    if (spec.includes(':') && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source)) b.namedVolume(source)
    b.opt('--volume', spec)
    return
  }
  if (item.type === 'volume' && typeof item.source === 'string' && item.source) b.namedVolume(item.source)
  const type = text(item.type ?? 'volume')
  const fields = [`type=${type}`]
  if (item.source !== undefined && item.source !== '') fields.push(`source=${text(item.source)}`)
  if (item.target !== undefined) fields.push(`target=${text(item.target)}`)
  if (isTrue(item.read_only)) fields.push('readonly')
  if (item.consistency !== undefined) fields.push(`consistency=${text(item.consistency)}`)
  const bind = isObj(item.bind) ? item.bind : {}
  if (bind.propagation !== undefined) fields.push(`bind-propagation=${text(bind.propagation)}`)
  if (bind.recursive !== undefined) fields.push(`bind-recursive=${text(bind.recursive)}`)
  if (bind.selinux !== undefined) b.note(`volumes: the SELinux label (bind.selinux: ${text(bind.selinux)}) has no --mount option; use -v SOURCE:TARGET:${text(bind.selinux)} instead`)
  if (type === 'bind' && bind.create_host_path !== undefined && isTrue(bind.create_host_path)) {
    b.note(`volumes: --mount does not create a missing host path (bind.create_host_path); create ${text(item.source)} first`)
  }
  const volume = isObj(item.volume) ? item.volume : {}
  if (isTrue(volume.nocopy)) fields.push('volume-nocopy')
  if (volume.subpath !== undefined) fields.push(`volume-subpath=${text(volume.subpath)}`)
  const tmpfs = isObj(item.tmpfs) ? item.tmpfs : {}
  if (tmpfs.size !== undefined) fields.push(`tmpfs-size=${text(tmpfs.size)}`)
  if (tmpfs.mode !== undefined) fields.push(`tmpfs-mode=${typeof tmpfs.mode === 'number' ? tmpfs.mode.toString(8) : text(tmpfs.mode)}`)
  const image = isObj(item.image) ? item.image : {}
  if (image.subpath !== undefined) fields.push(`image-subpath=${text(image.subpath)}`)
  b.opt('--mount', fields.map(csvField).join(','))
}

/** docker reads --mount as CSV: a field holding a comma or a quote is quoted. */
function csvField(field: string): string {
  return /[",]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field
}
