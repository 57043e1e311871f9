// Parses an image reference as compose writes it, interpolation included, into registry, path, tag and digest.
import { interpolatePartially } from '../values'
import type { ImageReference } from './types'

/** Stands for the value of a variable with no default. Tags, names and digests never contain it. */
export const UNKNOWN_PART = '*'

/** Host names of Docker Hub's registry. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com'])

/**
 * Mirrors that serve Docker Hub's official images under another prefix, folded back so one row matches all:
 * Google's cache (https://cloud.google.com/artifact-registry/docs/pull-cached-dockerhub-images) and
 * ECR Public's copy of the official images (https://gallery.ecr.aws/docker).
 */
const OFFICIAL_MIRRORS: readonly string[] = ['mirror.gcr.io/library/', 'public.ecr.aws/docker/library/']

export function parseImageReference(raw: string): ImageReference {
  const text = interpolatePartially(raw.trim(), UNKNOWN_PART)
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
