import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { parseShortPort } from '../compose/read/settings'
import { interpolate } from '../compose/read/values'
import { bindShortPortToLocalhost, localhostIp } from '../edits/localhost'
import { networkOwner, serviceDatabase, sharesNetwork } from './network-helpers'

describe('bindShortPortToLocalhost', () => {
  it.each([
    ['8080:80', '127.0.0.1:8080:80'],
    ['80', '127.0.0.1::80'],
    [80, '127.0.0.1::80'],
    ['80/udp', '127.0.0.1::80/udp'],
    ['53:53/udp', '127.0.0.1:53:53/udp'],
    ['8000-8010:8000-8010', '127.0.0.1:8000-8010:8000-8010'],
    ['0.0.0.0:80:80', '127.0.0.1:80:80'],
    ['0.0.0.0::80', '127.0.0.1::80'],
    ['[::]:443:443', '127.0.0.1:443:443'],
    [':::443:443', '127.0.0.1:443:443'],
    [':8080:80', '127.0.0.1:8080:80'],
    ['${WEB_PORT:-8080}:80', '127.0.0.1:${WEB_PORT:-8080}:80'],
    ['${WEB_PORT:-80}', '127.0.0.1::${WEB_PORT:-80}'],
    ['${BIND:-0.0.0.0}:8080:80', '${BIND:-127.0.0.1}:8080:80'],
    ['0.0.0.0:${P:-80}:80', '127.0.0.1:${P:-80}:80'],
    ['[::]:${P:-80}:80', '127.0.0.1:${P:-80}:80'],
    [':${P:-80}:80', '127.0.0.1:${P:-80}:80'],
  ])('%s → %s', (input, expected) => {
    expect(bindShortPortToLocalhost(input)).toBe(expected)
  })

  it('binds any port spec without an IP to 127.0.0.1 and keeps its ports and protocol', () => {
    const port = fc.integer({ min: 1, max: 65535 }).map(String)
    const spec = fc.tuple(fc.option(port), port, fc.option(fc.constantFrom('tcp', 'udp', 'sctp')), fc.constantFrom('', '0.0.0.0', '[::]', '::'))
    fc.assert(fc.property(spec, ([published, target, proto, ip]) => {
      const ports = published === null ? (ip ? `${ip}::${target}` : target) : `${ip ? `${ip}:` : ''}${published}:${target}`
      const input = proto ? `${ports}/${proto}` : ports
      const before = parseShortPort(input)
      const after = parseShortPort(bindShortPortToLocalhost(input))
      expect(after).toEqual({ ...before, hostIp: '127.0.0.1', published: before.published || undefined })
    }))
  })

  it('keeps interpolations as written while the resolved value gets a localhost IP', () => {
    const out = bindShortPortToLocalhost('${HTTP_PORT:-8080}:${TARGET:-80}/tcp')
    expect(out).toBe('127.0.0.1:${HTTP_PORT:-8080}:${TARGET:-80}/tcp')
    const resolved = interpolate(out)
    expect(resolved.known && parseShortPort(resolved.value)).toEqual({ hostIp: '127.0.0.1', published: '8080', target: '80', protocol: 'tcp' })
  })
})

describe('localhostIp', () => {
  it('replaces an address, or only the default of an interpolation', () => {
    expect(localhostIp('0.0.0.0')).toBe('127.0.0.1')
    expect(localhostIp('::')).toBe('127.0.0.1')
    expect(localhostIp('${BIND_IP:-0.0.0.0}')).toBe('${BIND_IP:-127.0.0.1}')
    expect(localhostIp('${BIND_IP-::}')).toBe('${BIND_IP-127.0.0.1}')
  })
})

describe('serviceDatabase', () => {
  it('reads the image, interpolation defaults included, and ignores unknown images', () => {
    const file = parseCompose(`services:
  a: {image: "postgres:16"}
  b: {image: "\${DB_IMAGE:-bitnami/redis:7}"}
  c: {image: "\${DB_IMAGE}"}
  d: {build: .}
`)
    expect(file.services.map(serviceDatabase)).toEqual(['postgres', 'redis', undefined, undefined])
  })
})

describe('networkOwner and sharesNetwork', () => {
  const file = parseCompose(`services:
  db: {image: postgres:16, networks: [backend]}
  app: {image: a, networks: [default, backend]}
  sidecar: {image: s, network_mode: "service:app"}
  chained: {image: c, network_mode: "service:sidecar"}
  web: {image: w}
  host: {image: h, network_mode: host}
  loop-a: {image: l, network_mode: "service:loop-b"}
  loop-b: {image: l, network_mode: "service:loop-a"}
networks:
  backend: {internal: true}
`)
  const s = (name: string) => file.services.find((x) => x.name === name)!

  it('follows network_mode: service:X to the service that owns the namespace', () => {
    expect(networkOwner(file, s('chained'))?.name).toBe('app')
    expect(networkOwner(file, s('web'))?.name).toBe('web')
    expect(networkOwner(file, s('host'))).toBeUndefined()
    expect(networkOwner(file, s('loop-a'))).toBeUndefined()
  })

  it('is true for a common network (default included) or one namespace', () => {
    expect(sharesNetwork(file, s('chained'), s('db'))).toBe(true)
    expect(sharesNetwork(file, s('web'), s('app'))).toBe(true)
    expect(sharesNetwork(file, s('web'), s('db'))).toBe(false)
    expect(sharesNetwork(file, s('sidecar'), s('app'))).toBe(true)
    expect(sharesNetwork(file, s('host'), s('web'))).toBe(false)
  })
})
