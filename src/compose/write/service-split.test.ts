import { describe, expect, it } from 'vitest'
import { parseCompose } from '../read/parse'
import { aloneText, joinServices, linesIn, partsIn, plainService, splitServices } from './service-split'

const y = (...lines: string[]) => lines.join('\n') + '\n'
const split = (text: string) => splitServices(parseCompose(text))

const TEXT = y(
  'x-env: &env',
  '  TZ: UTC',
  'services:',
  '  # the web front',
  '  web:',
  '    image: nginx',
  '    environment: *env',
  '',
  '  db:',
  '    image: postgres # pinned later',
  '  # a comment at the services level',
  'networks:',
  '  back: {}',
  'x-casaos:',
  '  title: demo',
)

describe('splitServices', () => {
  it('cuts the file into the text around the services and each service’s lines; joining gives it back', () => {
    const s = split(TEXT)!
    expect(s.head).toBe(y('x-env: &env', '  TZ: UTC', 'services:', '  # the web front'))
    expect(s.services.map((x) => x.name)).toEqual(['web', 'db'])
    expect(s.services[0].lines).toBe(y('  web:', '    image: nginx', '    environment: *env', ''))
    expect(s.services[1].lines).toBe(y('  db:', '    image: postgres # pinned later', '  # a comment at the services level'))
    expect(s.tail).toBe(y('networks:', '  back: {}', 'x-casaos:', '  title: demo'))
    expect(joinServices(s, new Map())).toBe(TEXT)
  })

  it('gives each service a small file of its own, without top-level x- keys after the services', () => {
    const s = split(TEXT)!
    const alone = aloneText(s, 'db')!
    expect(alone).toBe(y('x-env: &env', '  TZ: UTC', 'services:', '  # the web front', '  db:', '    image: postgres # pinned later', '  # a comment at the services level', 'networks:', '  back: {}'))
    expect(parseCompose(alone).data).toEqual({ 'x-env': { TZ: 'UTC' }, services: { db: { image: 'postgres' } }, networks: { back: {} } })
    expect(aloneText(s, 'nope')).toBeNull()
  })

  it('takes a service’s changed lines back from its small file, and joins them in place', () => {
    const s = split(TEXT)!
    const alone = aloneText(s, 'web')!
    const changed = alone.replace('    image: nginx\n', '    image: nginx\n    read_only: true\n')
    const lines = linesIn(s, changed)!
    expect(lines).toBe(y('  web:', '    image: nginx', '    read_only: true', '    environment: *env', ''))
    expect(joinServices(s, new Map([['web', lines]]))).toBe(TEXT.replace('    image: nginx\n', '    image: nginx\n    read_only: true\n'))
    expect(linesIn(s, changed.replace('networks:', 'volumes:'))).toBeNull()
  })

  it('keeps services that read one another together: an alias of an anchor in another, extends in this file', () => {
    const groups = (text: string) => split(text)?.groups
    expect(groups(y('services:', '  a: &a', '    image: x', '  b: *a', '  c:', '    image: z'))).toEqual([['a', 'b'], ['c']])
    expect(groups(y('services:', '  a:', '    environment: &e {A: 1}', '  c: {}', '  b:', '    environment: *e'))).toEqual([['a', 'b'], ['c']])
    expect(groups(y('services:', '  a:', '    image: x', '  b:', '    extends: a', '  c:', '    extends: {service: a, file: other.yaml}'))).toEqual([['a', 'b'], ['c']])
    expect(groups(y('x: &d {image: y}', 'services:', '  a:', '    <<: *d', '  b:', '    <<: *d'))).toEqual([['a'], ['b']])
  })

  it('gives a group one small file, and each of its services’ lines back', () => {
    const text = y('services:', '  a:', '    environment: &e {A: 1}', '  c:', '    image: z', '  b:', '    environment: *e')
    const s = split(text)!
    const alone = aloneText(s, ['a', 'b'])!
    expect(alone).toBe(y('services:', '  a:', '    environment: &e {A: 1}', '  b:', '    environment: *e'))
    expect(partsIn(s, parseCompose(alone), ['a', 'b'])).toEqual(new Map([['a', y('  a:', '    environment: &e {A: 1}')], ['b', y('  b:', '    environment: *e')]]))
  })

  it('refuses files where something outside the services reads into them, or the services are not a block map', () => {
    expect(split(y('services:', '  a:', '    environment: &e {A: 1}', 'x-b: *e'))).toBeNull()
    expect(split(y('services: {a: {image: x}}'))).toBeNull()
    expect(split(y('services: &s', '  a:', '    image: x'))).toBeNull()
    expect(split(y('services:', '  a:', '    image: x', 'services:', '  b:', '    image: y'))).toBeNull()
  })

  it('keeps an x- key after the services that holds an anchor (a later key may use it)', () => {
    const s = split(y('services:', '  a:', '    image: x', 'x-net: &net {internal: true}', 'networks:', '  back: *net'))!
    expect(s.tailAlone).toBe(s.tail)
  })
})

describe('plainService', () => {
  it('is a non-empty block map of own keys', () => {
    const doc = parseCompose(y('x: &d', '  image: y', 'services:', '  a:', '    image: x', '  b:', '    <<: *d', '  c: {image: x}', '  d:', '  e: *d')).doc
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((n) => plainService(doc, n))).toEqual([true, false, false, false, false, false])
  })
})
