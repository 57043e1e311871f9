// Parses an image reference as compose writes it, interpolation included, into registry, path, tag and digest.
import type { ImageReference } from './types'

/** Stands for the value of a variable with no default. Tags, names and digests never contain it. */
export const UNKNOWN_PART = '*'

/**
 * Resolves compose interpolation with defaults only, keeping what is known: `${PG:-16}-alpine` → '16-alpine',
 * `${PG}-alpine` → '*-alpine'. Same grammar as values.ts `interpolate`, which is all-or-nothing: here a tag
 * that is partly known still tells the variant.
 */
export function resolvePartially(value: string): string {
  let out = ''
  let i = 0
  while (i < value.length) {
    const c = value[i]
    const next = value[i + 1]
    if (c !== '$') { out += c; i++; continue }
    if (next === '$') { out += '$'; i += 2; continue }
    if (next === '{') {
      const end = closingBrace(value, i + 2)
      if (end < 0) return out + UNKNOWN_PART
      const m = /^[A-Za-z_][A-Za-z0-9_]*(:?-)([\s\S]*)$/.exec(value.slice(i + 2, end))
      out += m ? resolvePartially(m[2]) : UNKNOWN_PART
      i = end + 1
      continue
    }
    if (next !== undefined && /[A-Za-z_]/.test(next)) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(value.slice(i + 1))
      out += UNKNOWN_PART
      i += 1 + (name?.[0].length ?? 0)
      continue
    }
    out += c
    i++
  }
  return out
}

function closingBrace(s: string, from: number): number {
  let depth = 1
  for (let i = from; i < s.length; i++) {
    if (s[i] === '{') depth++
    else if (s[i] === '}' && --depth === 0) return i
  }
  return -1
}

/** Host names of Docker Hub's registry. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'])

/**
 * Mirrors that serve Docker Hub's official images under another prefix, folded back so one row matches all:
 * Google's cache (https://cloud.google.com/artifact-registry/docs/pull-cached-dockerhub-images) and
 * ECR Public's copy of the official images (https://gallery.ecr.aws/docker).
 */
const OFFICIAL_MIRRORS: readonly string[] = ['mirror.gcr.io/library/', 'public.ecr.aws/docker/library/']

export function parseImageReference(raw: string): ImageReference {
  const text = resolvePartially(raw.trim())
  const at = text.indexOf('@')
  const withoutDigest = at < 0 ? text : text.slice(0, at)
  const digest = at < 0 ? undefined : text.slice(at + 1)
  const slash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.lastIndexOf(':')
  const hasTag = colon > slash
  const name = hasTag ? withoutDigest.slice(0, colon) : withoutDigest
  const tag = hasTag ? withoutDigest.slice(colon + 1) : undefined

  const parts = name.toLowerCase().split('/')
  const first = parts[0]
  const hasRegistry = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')
  let registry = hasRegistry ? first : 'docker.io'
  if (DOCKER_HUB.has(registry)) registry = 'docker.io'
  const rest = hasRegistry ? parts.slice(1) : parts
  const path = registry === 'docker.io' && rest.length === 1 ? `library/${rest[0]}` : rest.join('/')
  let canonical = `${registry}/${path}`
  const mirror = OFFICIAL_MIRRORS.find(prefix => canonical.startsWith(prefix) && !canonical.slice(prefix.length).includes('/'))
  if (mirror) canonical = `docker.io/library/${canonical.slice(mirror.length)}`

  return { raw, registry, path, canonical, tag, digest, complete: !text.includes(UNKNOWN_PART) }
}
