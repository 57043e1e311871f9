// Helpers the network rules share: which database a service runs, and a published port rewritten to bind localhost.
import { readImage, parseShortPort } from '../compose/read/settings'
import type { ServiceView } from '../compose/types'
import { databaseOf } from './database-images'

/** The database a service runs, from its image's last path component, or undefined. */
export function serviceDatabase(service: ServiceView): string | undefined {
  const image = readImage(service)
  if (!image || image.unknown) return undefined
  return databaseOf(image.name)
}

const LOCALHOST = '127.0.0.1'

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

