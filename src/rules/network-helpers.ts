// Helpers the network rules share. Candidates for the core are marked "core:" (see the report to the lead).
import { extendsBase } from '../compose/read/extends'
import { readImage, readPorts, parseShortPort } from '../compose/read/settings'
import type { PortMapping } from '../compose/read/settings'
import type { ComposeFile, Origin, ServiceView, YamlPath } from '../compose/types'
import { asObject } from '../compose/read/values'
import { databaseOf } from './database-images'

export interface ListItemPlace {
  /** Path (relative to the service) to report and to edit; undefined when the item comes from an `extends` base. */
  at?: YamlPath
  origin?: Origin
  /** The base service, when the item is inherited through `extends`. */
  from?: string
}


/**
 * core: where item `index` of the resolved sequence `key` is written. `ServiceView.locate([key, i])` indexes
 * the service's own sequence, which is wrong when `extends` put the base's items first: this maps the item
 * back to its own index, or says it comes from the base.
 */
export function placeOfListItem(file: ComposeFile, service: ServiceView, key: string, index: number): ListItemPlace {
  const base = extendsBase(service.name, asObject(file.data?.services) ?? {})
  const at = service.itemPath(key, index)
  if (at === null) return { origin: 'extends', from: base?.from }
  return { at, origin: service.locate(at)?.origin }
}

export interface PlacedPort extends PortMapping {
  place: ListItemPlace
  /** The item as written (before interpolation): a string, a number or a long-syntax map. */
  written: unknown
}

export function placedPorts(file: ComposeFile, service: ServiceView): PlacedPort[] {
  const list = service.data.ports
  return readPorts(service).map((p) => ({
    ...p, place: placeOfListItem(file, service, 'ports', p.index), written: Array.isArray(list) ? list[p.index] : undefined,
  }))
}

/** The database a service runs, from its image's last path component, or undefined. */
export function serviceDatabase(service: ServiceView): string | undefined {
  const image = readImage(service)
  if (!image || image.unknown) return undefined
  return databaseOf(image.name)
}

const LOCALHOST = '127.0.0.1'
const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]'])

/** A host IP as written, bound to localhost; `${BIND:-0.0.0.0}` keeps its variable and gets a localhost default. */
export function localhostIp(written: string): string {
  const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?-)[^}]*\}$/.exec(written.trim())
  return m ? `\${${m[1]}${m[2]}${LOCALHOST}}` : LOCALHOST
}

/**
 * A short-syntax port as written, bound to 127.0.0.1: `"8080:80"` → `"127.0.0.1:8080:80"`,
 * `"80"` → `"127.0.0.1::80"` (Docker picks the host port, on localhost only), `"[::]:80:80"` → `"127.0.0.1:80:80"`.
 * Interpolations in the port parts are kept as written.
 */
export function bindShortPortToLocalhost(written: string | number): string {
  const text = String(written).trim()
  const resolved = parseShortPort(text)
  if (!text.includes('$')) {
    if (resolved.hostIp === undefined) return resolved.published === undefined ? `${LOCALHOST}::${text}` : `${LOCALHOST}:${text}`
    const proto = resolved.protocol ? `/${resolved.protocol}` : ''
    return `${LOCALHOST}:${resolved.published ?? ''}:${resolved.target ?? ''}${proto}`
  }
  // With interpolation the text cannot be rebuilt from its parts: edit only the host-IP prefix.
  const ip = /^(\[[^\]]*\]|\$\{[^}]*\}|0\.0\.0\.0|::(?=:))?:/.exec(text)
  if (ip && hasHostIp(text)) {
    const written = ip[1] ?? ''
    const replacement = written.startsWith('${') ? localhostIp(written) : LOCALHOST
    return `${replacement}:${text.slice(ip[0].length)}`
  }
  return countColons(text) === 0 ? `${LOCALHOST}::${text}` : `${LOCALHOST}:${text}`
}

/** True when the written short port names a host IP (three parts, or a bracketed address). */
function hasHostIp(text: string): boolean {
  return text.startsWith('[') || countColons(text) >= 2
}

/** Colons outside `${…}`, which may hold `:-` defaults. */
function countColons(text: string): number {
  return text.replace(/\$\{[^}]*\}/g, 'x').split(':').length - 1
}

export function isAllInterfaces(ip: string | undefined): boolean {
  return ip === undefined || ALL_INTERFACES.has(ip.trim())
}
