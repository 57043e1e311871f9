// The unique keys of the Compose Specification's "Unique resources" (13-merge.md): an override item with the same key
// as a base item replaces it instead of being appended. volumes, secrets, configs: target; ports: {ip, target, published, protocol}.
import { splitColons, splitOutside } from '../read/values'
import type { MNode } from './model'

/** The unique key of a sequence item of service attribute `attr`, or undefined when the attribute has none. */
export function uniqueKey(attr: string | undefined, item: MNode): string | undefined {
  switch (attr) {
    case 'volumes': return volumeTarget(item)
    case 'secrets': case 'configs': return fileTarget(item)
    case 'ports': return portKey(item)
    default: return undefined
  }
}

const field = (item: MNode, key: string): string | undefined => {
  if (item.kind !== 'map') return undefined
  const v = item.entries.find((e) => e.key === key)?.value
  return v?.kind === 'scalar' && v.value !== null ? String(v.value) : undefined
}

const text = (item: MNode): string | undefined => (item.kind === 'scalar' && item.value !== null ? String(item.value) : undefined)

/** `source:target[:mode]` or `target` alone (an anonymous volume); long syntax `target:`. */
function volumeTarget(item: MNode): string | undefined {
  const long = field(item, 'target')
  if (long !== undefined) return `target:${long}`
  const short = text(item)
  if (short === undefined) return undefined
  const parts = splitColons(short)
  return `target:${parts.length === 1 ? parts[0] : parts[1]}`
}

/** A secret or config is mounted at its target, which defaults to its source's name. */
function fileTarget(item: MNode): string | undefined {
  const name = field(item, 'target') ?? field(item, 'source') ?? text(item)
  return name === undefined ? undefined : `target:${name.replace(/^\/run\/secrets\//, '')}`
}

/** `[[ip:]published:]target[/protocol]` (ip may be `[::1]`), or the long syntax's host_ip, published, target, protocol. */
function portKey(item: MNode): string | undefined {
  if (item.kind === 'map') {
    const target = field(item, 'target')
    return target === undefined ? undefined : ['port', field(item, 'host_ip') ?? '', field(item, 'published') ?? '', target, field(item, 'protocol') ?? 'tcp'].join('|')
  }
  const short = text(item)
  if (short === undefined) return undefined
  const [spec, protocol = 'tcp'] = short.split('/')
  let ip = ''
  let rest = spec
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(spec)
  if (bracket) { ip = bracket[1]; rest = bracket[2] }
  const parts = splitOutside(rest, ':')
  if (!bracket && parts.length === 3) ip = parts.shift() ?? ''
  const target = parts.pop() ?? ''
  const published = parts.pop() ?? ''
  return ['port', ip, published, target, protocol].join('|')
}
