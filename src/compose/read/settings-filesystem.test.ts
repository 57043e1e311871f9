// Volumes as compose reads them (compose-go loader/volume.go; the Engine API's Mount schema), on the cases where the
// rules' own reader and the core's used to disagree.
import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { parseShortVolume, readTmpfs, readVolumes } from './settings-filesystem'

const service = (body: string) => parseCompose(`services:\n  s:\n${body.replace(/^/gm, '    ')}\n`).services[0]
const shown = (body: string) => readVolumes(service(body)).map((m) => [m.type, m.source, m.sourceKnown, m.readOnly, m.propagation])

describe('short syntax options', () => {
  it('counts only `ro` as read-only: compose ignores `RO`, so the mount is writable', () => {
    expect(parseShortVolume('./data:/data:RO')).toMatchObject({ type: 'bind', source: './data', readOnly: false })
    expect(parseShortVolume('./data:/data:ro')).toMatchObject({ readOnly: true })
    expect(parseShortVolume('./data:/data:z,ro')).toMatchObject({ readOnly: true })
  })

  it('lets the last of ro and rw decide, as compose applies them in order', () => {
    expect(parseShortVolume('/a:/b:ro,rw').readOnly).toBe(false)
    expect(parseShortVolume('/a:/b:rw,ro').readOnly).toBe(true)
  })

  it('reads propagation in any letter case: `RSHARED` is the danger the author asked for', () => {
    expect(parseShortVolume('/srv/data:/data:Z,RSHARED')).toMatchObject({ propagation: 'rshared', readOnly: false })
    expect(parseShortVolume('/srv:/srv:ro,Shared')).toMatchObject({ propagation: 'shared', readOnly: true })
    expect(parseShortVolume('/srv:/srv:rslave').propagation).toBe('rslave')
  })

  it('keeps an interpolated host side whole, resolving a default and marking a variable without one', () => {
    expect(parseShortVolume('${X}:/data:ro')).toEqual({ type: 'bind', source: '${X}', sourceKnown: false, target: '/data', readOnly: true, propagation: undefined, parts: ['${X}', '/data', 'ro'] })
    expect(parseShortVolume('${X:-/etc}:/data')).toMatchObject({ type: 'bind', source: '/etc', sourceKnown: true })
    expect(parseShortVolume('${SOCK:-/var/run/docker.sock}:/sock:RO,RShared')).toMatchObject({ source: '/var/run/docker.sock', readOnly: false, propagation: 'rshared' })
  })
})

describe('long syntax', () => {
  it('reads `type` in any letter case, and guesses it from the source when missing', () => {
    expect(shown('volumes:\n  - {type: BIND, source: /etc, target: /e}')).toEqual([['bind', '/etc', true, false, undefined]])
    expect(shown('volumes:\n  - {type: Tmpfs, target: /cache}')).toEqual([['tmpfs', undefined, true, false, undefined]])
    expect(shown('volumes:\n  - {source: /etc, target: /e}\n  - {source: data, target: /d}')).toEqual([
      ['bind', '/etc', true, false, undefined], ['volume', 'data', true, false, undefined],
    ])
  })

  it('reads read_only as a boolean and propagation in any letter case', () => {
    expect(shown('volumes:\n  - {type: bind, source: /etc, target: /e, read_only: "true", bind: {propagation: Shared}}')).toEqual([['bind', '/etc', true, true, 'shared']])
    expect(shown('volumes:\n  - {type: bind, source: "${LOG_DIR}", target: /l}')).toEqual([['bind', '${LOG_DIR}', false, false, undefined]])
  })

  it('reads both syntaxes in one list, and a scalar as one volume', () => {
    expect(shown('volumes:\n  - data:/data\n  - /anon')).toEqual([['volume', 'data', true, false, undefined], ['volume', undefined, true, false, undefined]])
    expect(shown('volumes: /var/run/docker.sock:/var/run/docker.sock')).toEqual([['bind', '/var/run/docker.sock', true, false, undefined]])
  })
})

describe('tmpfs', () => {
  it('reads the size in the options even when the path is a variable, and not when the options are', () => {
    const mounts = readTmpfs(service('tmpfs: ["${DIR}:mode=1777", "${TMPFS}", "/run:${OPTS}", "${D:-/tmp}:size=1m"]'))
    expect(mounts.map((m) => [m.path, m.size, m.mode, m.unknown])).toEqual([
      ['${DIR}', undefined, '1777', false], ['${TMPFS}', undefined, undefined, true], ['/run:${OPTS}', undefined, undefined, true], ['/tmp', '1m', undefined, false],
    ])
  })

  it('counts a `type: tmpfs` volume in any letter case, and an empty size as none', () => {
    expect(readTmpfs(service('volumes:\n  - {type: TMPFS, target: /c, tmpfs: {size: null}}')).map((m) => [m.path, m.size, m.source])).toEqual([['/c', undefined, 'volume']])
  })
})
