import { describe, expect, it } from 'vitest'
import { interpolatePartially } from '../values'
import { UNKNOWN_PART, parseImageReference } from './image-reference'

describe('interpolatePartially (the shared reader) on image references', () => {
  it.each([
    ['postgres:16', 'postgres:16'],
    ['postgres:${PG_VERSION:-16}-alpine', 'postgres:16-alpine'],
    ['postgres:${PG_VERSION-16}', 'postgres:16'],
    ['postgres:${PG_VERSION}-alpine', 'postgres:*-alpine'],
    ['postgres:$PG_VERSION-alpine', 'postgres:*-alpine'],
    ['${REGISTRY:-docker.io}/library/redis:7', 'docker.io/library/redis:7'],
    ['redis:${A:-${B:-7}}', 'redis:7'],
    ['redis:${A:?set A}', 'redis:*'],
    ['redis:${A:+7}', 'redis:*'],
    ['redis:$$7', 'redis:$7'],
    ['redis:${A', 'redis:*'],
  ])('%s → %s', (input, output) => {
    expect(interpolatePartially(input, UNKNOWN_PART)).toBe(output)
  })
})

describe('parseImageReference', () => {
  it('gives Docker Hub official images their library/ path', () => {
    expect(parseImageReference('postgres')).toMatchObject({ registry: 'docker.io', path: 'library/postgres', canonical: 'docker.io/library/postgres', tag: undefined, complete: true })
  })

  it.each([
    'docker.io/library/postgres:16',
    'docker.io/postgres:16',
    'index.docker.io/library/postgres:16',
    'registry-1.docker.io/library/postgres:16',
    'registry.hub.docker.com/library/postgres:16',
    'library/postgres:16',
    'mirror.gcr.io/library/postgres:16',
    'public.ecr.aws/docker/library/postgres:16',
    'Postgres:16',
  ])('%s is docker.io/library/postgres', ref => {
    expect(parseImageReference(ref)).toMatchObject({ canonical: 'docker.io/library/postgres', tag: '16' })
  })

  it('keeps other registries and namespaces as written', () => {
    expect(parseImageReference('ghcr.io/immich-app/postgres:14')).toMatchObject({ registry: 'ghcr.io', path: 'immich-app/postgres', canonical: 'ghcr.io/immich-app/postgres' })
    expect(parseImageReference('bitnami/postgresql:16')).toMatchObject({ canonical: 'docker.io/bitnami/postgresql' })
    expect(parseImageReference('localhost/postgres:16')).toMatchObject({ registry: 'localhost', canonical: 'localhost/postgres' })
    expect(parseImageReference('registry.local:5000/team/app:1')).toMatchObject({ registry: 'registry.local:5000', path: 'team/app', tag: '1' })
  })

  it('does not fold a mirror path that is not an official image', () => {
    expect(parseImageReference('public.ecr.aws/docker/library/team/app').canonical).toBe('public.ecr.aws/docker/library/team/app')
  })

  it('separates tag and digest', () => {
    expect(parseImageReference('postgres:16-alpine@sha256:abc')).toMatchObject({ tag: '16-alpine', digest: 'sha256:abc' })
    expect(parseImageReference('postgres@sha256:abc')).toMatchObject({ tag: undefined, digest: 'sha256:abc', canonical: 'docker.io/library/postgres' })
    expect(parseImageReference('registry.local:5000/app')).toMatchObject({ tag: undefined, path: 'app' })
  })

  it('marks what interpolation leaves unknown', () => {
    expect(parseImageReference('postgres:${TAG}')).toMatchObject({ tag: '*', complete: false, canonical: 'docker.io/library/postgres' })
    expect(parseImageReference('${IMAGE}')).toMatchObject({ complete: false })
    expect(parseImageReference('postgres:${TAG:-16}')).toMatchObject({ tag: '16', complete: true })
  })
})
