import { describe, expect, it } from 'vitest'
import { parseCompose } from '../parse'
import { imageKnowledge } from './image-knowledge'
import { coveringMount, imageUserInput, serviceImageFacts, uncoveredScratchPaths } from './service-needs'

const service = (yaml: string) => parseCompose(`services:\n  s:\n${yaml.replace(/^/gm, '    ')}\n`).services[0]

describe('imageUserInput', () => {
  it.each([
    ['postgres:16', { user: 'postgres', group: '' }],
    ['postgres:${TAG}', { user: 'postgres', group: '' }],
    ['nginx:1.27', { user: 'nginx', group: '' }],
    ['elasticsearch:8.15.0', { user: '1000', group: '0' }],
    ['nginxinc/nginx-unprivileged:1.27', { user: '101', group: '101' }],
    ['bitnami/redis:7.4', { user: '1001', group: '' }],
    ['caddy:2', undefined],
    ['python:3.13', undefined],
  ])('%s → %o', (image, input) => {
    expect(imageUserInput(imageKnowledge(image)!)).toEqual(input)
  })
})

describe('coveringMount', () => {
  it('finds a tmpfs, volume or bind mount at the path or above it; /var/run and /run are one', () => {
    const s = service('image: x\ntmpfs: [/run]\nvolumes: ["data:/var/lib", "./cache:/var/cache/app:ro", "/anon"]')
    expect(coveringMount(s, '/var/run/postgresql')).toEqual({ target: '/run', kind: 'tmpfs' })
    expect(coveringMount(s, '/var/lib/postgresql/data')).toEqual({ target: '/var/lib', kind: 'volume', source: 'data' })
    expect(coveringMount(s, '/var/cache/app')).toMatchObject({ kind: 'bind', source: './cache' })
    expect(coveringMount(s, '/anon/x')).toMatchObject({ target: '/anon', kind: 'volume' })
    expect(coveringMount(s, '/var/cache')).toBeUndefined()
    expect(coveringMount(s, '/tmp')).toBeUndefined()
  })

  it('ignores mounts whose target a variable decides', () => {
    expect(coveringMount(service('image: x\ntmpfs: ["${DIR}"]\nvolumes: ["d:${TARGET:-/tmp}"]'), '/tmp')).toBeUndefined()
  })
})

describe('uncoveredScratchPaths', () => {
  it('lists the scratch paths no mount covers, never data paths', () => {
    const s = service('image: nginx:1.27-alpine\nvolumes: ["cache:/var/cache/nginx"]')
    expect(uncoveredScratchPaths(s, serviceImageFacts(s)!).map((p) => p.path)).toEqual(['/var/run'])
    const db = service('image: postgres:16')
    expect(uncoveredScratchPaths(db, serviceImageFacts(db)!).map((p) => p.path)).toEqual(['/var/run/postgresql'])
  })

  it('reads the image as written, interpolation defaults included', () => {
    expect(serviceImageFacts(service('image: postgres:${PG:-16}-alpine'))?.user).toEqual({ name: 'postgres', uid: 70, gid: 70 })
    expect(serviceImageFacts(service('build: .'))).toBeUndefined()
  })
})
