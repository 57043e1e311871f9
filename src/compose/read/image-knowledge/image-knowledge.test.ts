import { describe, expect, it } from 'vitest'
import { IMAGE_ENTRIES, imageKnowledge } from './image-knowledge'
import { parseImageReference } from './image-reference'

const paths = (image: string) => imageKnowledge(image)?.writablePaths.map(p => `${p.use}:${p.path}`)

describe('imageKnowledge: one lookup per entry', () => {
  it.each([
    ['postgres:16', 'postgres'],
    ['postgis/postgis:16-3.4', 'postgis'],
    ['pgvector/pgvector:pg16', 'pgvector'],
    ['ankane/pgvector:v0.5.1', 'pgvector'],
    ['mysql:8.4', 'mysql'],
    ['mariadb:11', 'mariadb'],
    ['mongo:7', 'mongo'],
    ['redis:7-alpine', 'redis'],
    ['valkey/valkey:8-alpine', 'valkey'],
    ['clickhouse/clickhouse-server:25.5.6-alpine', 'clickhouse'],
    ['elasticsearch:8.11.3', 'elasticsearch'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.15.0', 'elasticsearch'],
    ['qdrant/qdrant:v1.16.2', 'qdrant'],
    ['semitechnologies/weaviate:1.19.0', 'weaviate'],
    ['cr.weaviate.io/semitechnologies/weaviate:1.25.0', 'weaviate'],
    ['nginx:1.27', 'nginx'],
    ['nginxinc/nginx-unprivileged:1.27-alpine', 'nginx-unprivileged'],
    ['httpd:2.4', 'httpd'],
    ['traefik:v3.1', 'traefik'],
    ['caddy:2', 'caddy'],
    ['node:22-alpine', 'node'],
    ['python:3.13-slim', 'python'],
    ['bitnami/postgresql:16', 'bitnami-postgresql'],
    ['bitnami/mysql:8.4', 'bitnami-mysql'],
    ['bitnami/mariadb:11', 'bitnami-mariadb'],
    ['bitnami/mongodb:7', 'bitnami-mongodb'],
    ['bitnami/redis:7.4', 'bitnami-redis'],
  ])('%s → %s', (image, id) => {
    expect(imageKnowledge(image)?.id).toBe(id)
  })

  it('covers every entry of the table', () => {
    const tested = new Set(['postgres', 'postgis', 'pgvector', 'mysql', 'mariadb', 'mongo', 'redis', 'valkey', 'clickhouse', 'elasticsearch', 'qdrant', 'weaviate', 'nginx', 'nginx-unprivileged', 'httpd', 'traefik', 'caddy', 'node', 'python', 'bitnami-postgresql', 'bitnami-mysql', 'bitnami-mariadb', 'bitnami-mongodb', 'bitnami-redis'])
    expect(IMAGE_ENTRIES.map(e => e.id).sort()).toEqual([...tested].sort())
  })
})

describe('imageKnowledge: the table itself', () => {
  it.each(IMAGE_ENTRIES.map(e => [e.id, e] as const))('%s is well formed', (_, entry) => {
    expect(entry.sources.length).toBeGreaterThan(0)
    for (const source of entry.sources) expect(source).toMatch(/^https:\/\//)
    for (const repo of entry.repositories) expect(parseImageReference(repo).canonical).toBe(repo)
    for (const p of entry.writablePaths) expect(p.path).toMatch(/^\//)
    for (const check of entry.healthchecks ?? []) expect(check.test[0]).toMatch(/^CMD(-SHELL)?$/)
  })

  it('has one entry per repository', () => {
    const repos = IMAGE_ENTRIES.flatMap(e => e.repositories)
    expect(new Set(repos).size).toBe(repos.length)
    expect(new Set(IMAGE_ENTRIES.map(e => e.id)).size).toBe(IMAGE_ENTRIES.length)
  })
})

describe('imageKnowledge: variants', () => {
  it('tells postgres alpine (70) from debian (999)', () => {
    expect(imageKnowledge('postgres:16-alpine')).toMatchObject({ variant: 'alpine', user: { name: 'postgres', uid: 70, gid: 70 } })
    expect(imageKnowledge('postgres:16.4-alpine3.20')).toMatchObject({ variant: 'alpine', majorVersion: 16 })
    expect(imageKnowledge('postgres:16')).toMatchObject({ variant: 'debian', user: { name: 'postgres', uid: 999, gid: 999 } })
    expect(imageKnowledge('postgres:17-bookworm')).toMatchObject({ variant: 'debian', majorVersion: 17 })
    expect(imageKnowledge('postgres')).toMatchObject({ variant: 'debian', majorVersion: undefined })
  })

  it('keeps only the agreed name when the variant is unknown', () => {
    expect(imageKnowledge('postgres@sha256:abc')).toMatchObject({ variant: undefined, user: { name: 'postgres' } })
    expect(imageKnowledge('postgres@sha256:abc')?.user).toEqual({ name: 'postgres' })
    expect(imageKnowledge('redis:${TAG}')?.user).toEqual({ name: 'redis', uid: 999 })
  })

  it('gives redis and valkey alpine their group 1000', () => {
    expect(imageKnowledge('redis:7-alpine')?.user).toEqual({ name: 'redis', uid: 999, gid: 1000 })
    expect(imageKnowledge('redis:7.4')?.user).toEqual({ name: 'redis', uid: 999, gid: 999 })
    expect(imageKnowledge('valkey/valkey:8-alpine')?.user).toEqual({ name: 'valkey', uid: 999, gid: 1000 })
    expect(imageKnowledge('valkey/valkey:8.1')?.user).toEqual({ name: 'valkey', uid: 999, gid: 999 })
  })

  it('gives postgis alpine tags the alpine uid and pgvector the debian one', () => {
    expect(imageKnowledge('postgis/postgis:16-3.4-alpine')).toMatchObject({ variant: 'alpine', majorVersion: 16, user: { uid: 70 } })
    expect(imageKnowledge('pgvector/pgvector:pg17-bookworm')).toMatchObject({ variant: 'debian', majorVersion: 17, user: { uid: 999 } })
  })

  it('gives mysql its oracle-linux uid and only the name on debian tags', () => {
    expect(imageKnowledge('mysql:8.4')?.user).toEqual({ name: 'mysql', uid: 999, gid: 999 })
    expect(imageKnowledge('mysql:8.0-debian')?.user).toEqual({ name: 'mysql' })
  })

  it('picks the health check the variant ships', () => {
    expect(imageKnowledge('nginx:1.27')?.healthcheck?.test[1]).toBe('curl')
    expect(imageKnowledge('nginx:alpine-slim')?.healthcheck?.test[1]).toBe('wget')
    expect(imageKnowledge('nginx@sha256:abc')?.healthcheck).toBeUndefined()
    expect(imageKnowledge('httpd:2.4')?.healthcheck).toBeUndefined()
    expect(imageKnowledge('httpd:2.4-alpine')?.healthcheck?.test[1]).toBe('wget')
  })
})

describe('imageKnowledge: versions', () => {
  it('puts postgres data where the major version keeps it', () => {
    expect(paths('postgres:16-alpine')).toEqual(['data:/var/lib/postgresql/data', 'scratch:/var/run/postgresql'])
    expect(paths('postgres:18')).toEqual(['data:/var/lib/postgresql', 'scratch:/var/run/postgresql'])
    expect(paths('postgres:latest')).toEqual(['data:/var/lib/postgresql/data', 'data:/var/lib/postgresql', 'scratch:/var/run/postgresql'])
  })

  it('uses mongosh from 6 and the legacy shell before', () => {
    expect(imageKnowledge('mongo:7')?.healthcheck?.test[1]).toBe('mongosh')
    expect(imageKnowledge('mongo:4.4.22')?.healthcheck?.test[1]).toBe('mongo')
    expect(imageKnowledge('mongo')?.healthcheck?.test[1]).toBe('mongosh')
  })
})

describe('imageKnowledge: interpolated references', () => {
  it('reads the default of a variable', () => {
    expect(imageKnowledge('postgres:${PG_VERSION:-16}-alpine')).toMatchObject({ id: 'postgres', variant: 'alpine', majorVersion: 16, user: { uid: 70 } })
    expect(imageKnowledge('${REGISTRY:-docker.io}/library/redis:${REDIS_TAG:-7}')).toMatchObject({ id: 'redis', variant: 'debian' })
  })

  it('still reads a variant the tag names around an unknown variable', () => {
    expect(imageKnowledge('postgres:${PG_VERSION}-alpine')).toMatchObject({ variant: 'alpine', majorVersion: undefined, user: { uid: 70 } })
  })

  it('knows the image but not the variant when the tag is unknown', () => {
    expect(imageKnowledge('postgres:${TAG}')).toMatchObject({ id: 'postgres', variant: undefined, user: { name: 'postgres' } })
    expect(imageKnowledge('postgres:16${SUFFIX}')).toMatchObject({ variant: undefined, majorVersion: 16 })
  })

  it('does not guess an image whose name is unknown', () => {
    expect(imageKnowledge('${IMAGE}')).toBeUndefined()
    expect(imageKnowledge('${REGISTRY}/postgres:16')).toBeUndefined()
  })
})

describe('imageKnowledge: registries and look-alikes', () => {
  it.each([
    'docker.io/library/postgres:16',
    'docker.io/postgres:16',
    'mirror.gcr.io/library/postgres:16',
    'public.ecr.aws/docker/library/postgres:16',
    'postgres:16@sha256:0123',
  ])('%s is postgres', image => {
    expect(imageKnowledge(image)?.id).toBe('postgres')
  })

  it('does not take a different image for the official one', () => {
    expect(imageKnowledge('bitnami/postgresql:16')).toMatchObject({ id: 'bitnami-postgresql', user: { uid: 1001 }, privileges: 'non-root' })
    expect(imageKnowledge('ghcr.io/immich-app/postgres:14')).toBeUndefined()
    expect(imageKnowledge('supabase/postgres:15.8.1.085')).toBeUndefined()
    expect(imageKnowledge('mysql/mysql-server:8.0')).toBeUndefined()
    expect(imageKnowledge('lscr.io/linuxserver/mariadb:latest')).toBeUndefined()
    expect(imageKnowledge('redislabs/redismod')).toBeUndefined()
    expect(imageKnowledge('postgres-exporter')).toBeUndefined()
  })

  it('says nothing about unknown images', () => {
    expect(imageKnowledge('appwrite/appwrite:1.6')).toBeUndefined()
    expect(imageKnowledge('')).toBeUndefined()
  })
})

describe('imageKnowledge: unprivileged variants and facts a fix quotes', () => {
  it('offers nginx-unprivileged for nginx, and knows that image as non-root on 8080', () => {
    expect(imageKnowledge('nginx:latest')?.unprivileged).toMatchObject({ image: 'nginxinc/nginx-unprivileged', user: { uid: 101 }, port: 8080 })
    expect(imageKnowledge('nginxinc/nginx-unprivileged:stable')).toMatchObject({ privileges: 'non-root', capabilitiesAsRoot: [] })
    expect(imageKnowledge('nginxinc/nginx-unprivileged:stable')?.healthcheck?.test).toContain('http://127.0.0.1:8080/')
  })

  it('offers the Bitnami image (uid 1001) for the databases it packages', () => {
    for (const image of ['postgres', 'mysql', 'mariadb', 'mongo', 'redis']) {
      expect(imageKnowledge(image)?.unprivileged).toMatchObject({ image: expect.stringMatching(/^bitnami\//), user: { uid: 1001 } })
    }
  })

  it('lists what a dropping entrypoint needs as root', () => {
    expect(imageKnowledge('postgres:16')?.capabilitiesAsRoot).toEqual(['CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'SETGID', 'SETUID'])
    expect(imageKnowledge('nginx')?.capabilitiesAsRoot).toEqual(['CHOWN', 'SETGID', 'SETUID', 'NET_BIND_SERVICE'])
    expect(imageKnowledge('node:22')?.capabilitiesAsRoot).toEqual([])
  })

  it('gives the health checks the images ship', () => {
    expect(imageKnowledge('postgres:16')?.healthcheck?.test).toEqual(['CMD', 'pg_isready', '-h', '127.0.0.1', '-U', 'postgres'])
    expect(imageKnowledge('mysql:8')?.healthcheck?.test).toEqual(['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1'])
    expect(imageKnowledge('mariadb:11')?.healthcheck?.test).toEqual(['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'])
    expect(imageKnowledge('redis')?.healthcheck?.test).toEqual(['CMD', 'redis-cli', 'ping'])
    expect(imageKnowledge('valkey/valkey')?.healthcheck?.test).toEqual(['CMD', 'valkey-cli', 'ping'])
    expect(imageKnowledge('traefik:v3.1')?.healthcheck?.test).toEqual(['CMD', 'traefik', 'healthcheck', '--ping'])
    expect(imageKnowledge('python:3.13')?.healthcheck).toBeUndefined()
  })

  it('names the writable paths nginx needs on a read-only root', () => {
    expect(paths('nginx:1.27')).toEqual(['scratch:/var/cache/nginx', 'scratch:/var/run'])
    expect(paths('mariadb:11')).toEqual(['data:/var/lib/mysql', 'scratch:/run/mysqld', 'scratch:/tmp'])
  })
})
