import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { deleteOp, setOp } from '../compose/write/plan'
import { isUnder, listEditOps, listItems, normalizePath, readMounts, REMOVE, splitColons } from './security-helpers'

const service = (text: string, name: string) => {
  const file = parseCompose(text)
  const s = file.services.find((x) => x.name === name)
  if (!s) throw new Error(`no service ${name}`)
  return { file, s }
}

describe('splitColons', () => {
  it('keeps a variable default that holds a colon in one part', () => {
    expect(splitColons('${SOCK:-/run/docker.sock}:/var/run/docker.sock:ro')).toEqual(['${SOCK:-/run/docker.sock}', '/var/run/docker.sock', 'ro'])
  })
  it('keeps a Windows drive with its path', () => {
    expect(splitColons('C:\\data:/data')).toEqual(['C:\\data', '/data'])
  })
})

describe('normalizePath', () => {
  it.each([
    ['/etc/', '/etc'], ['//etc//ssl', '/etc/ssl'], ['/./proc/./', '/proc'], ['/srv/../etc/passwd', '/etc/passwd'],
    ['/..', '/'], ['/', '/'], ['./data/', 'data'], ['../x', '../x'],
  ])('%s → %s', (input, output) => expect(normalizePath(input)).toBe(output))

  it('compares whole path segments', () => {
    expect(isUnder('/etc/ssl', '/etc')).toBe(true)
    expect(isUnder('/etcetera', '/etc')).toBe(false)
    expect(isUnder('/var/lib/dockerd', '/var/lib/docker')).toBe(false)
  })
})

describe('listItems', () => {
  const text = [
    'services:',
    '  base:',
    '    security_opt: [seccomp:unconfined, label:disable]',
    '  child:',
    '    extends: base',
    '    security_opt:',
    '      - apparmor:unconfined',
  ].join('\n')

  it('traces items of a list merged by extends to where they are written', () => {
    const { file, s } = service(text, 'child')
    expect(listItems(file, s, 'security_opt').map((i) => [i.value, i.origin, i.at])).toEqual([
      ['seccomp:unconfined', 'extends', undefined],
      ['label:disable', 'extends', undefined],
      ['apparmor:unconfined', 'own', ['security_opt', 0]],
    ])
  })

  it('locates a whole list inherited by extends through the base', () => {
    const { file, s } = service(text.split('\n').slice(0, 5).join('\n'), 'child')
    expect(listItems(file, s, 'security_opt').map((i) => i.origin)).toEqual(['extends', 'extends'])
  })
})

describe('listEditOps', () => {
  it('deletes own items from the highest index down', () => {
    const { file, s } = service('services:\n  a:\n    volumes: [/x:/x, ./y:/y, /z:/z]\n', 'a')
    const items = listItems(file, s, 'volumes')
    expect(listEditOps(file, s, 'volumes', [items[0], items[2]].map((item) => ({ item, next: REMOVE })))).toEqual([
      deleteOp(['services', 'a', 'volumes', 2]),
      deleteOp(['services', 'a', 'volumes', 0]),
    ])
  })

  it('overrides a list inherited through an anchor with the edited copy', () => {
    const { file, s } = service('x: &d\n  volumes: [/x:/x:rshared, ./y:/y]\nservices:\n  a:\n    <<: *d\n', 'a')
    const [first] = listItems(file, s, 'volumes')
    expect(listEditOps(file, s, 'volumes', [{ item: first, next: '/x:/x' }])).toEqual([setOp(['services', 'a', 'volumes'], ['/x:/x', './y:/y'])])
  })

  it('sets an empty list when emptying an own list would let a merged one back in', () => {
    const { file, s } = service('x: &d\n  volumes: [/x:/x]\nservices:\n  a:\n    <<: *d\n    volumes: [/x:/x]\n', 'a')
    const items = listItems(file, s, 'volumes')
    expect(listEditOps(file, s, 'volumes', items.map((item) => ({ item, next: REMOVE })))).toEqual([setOp(['services', 'a', 'volumes'], [])])
  })
})

describe('readMounts', () => {
  it('reads both syntaxes, read-only flags and propagation in any case', () => {
    const { file, s } = service([
      'services:',
      '  a:',
      '    volumes:',
      '      - ${SOCK:-/var/run/docker.sock}:/sock:RO,RShared',
      '      - data:/data',
      '      - /anon',
      '      - {type: bind, source: /etc, target: /e, read_only: "true", bind: {propagation: Shared}}',
    ].join('\n'), 'a')
    expect(readMounts(file, s).map((m) => [m.type, m.source?.text, m.readOnly, m.propagation])).toEqual([
      ['bind', '/var/run/docker.sock', true, 'rshared'],
      ['volume', 'data', false, undefined],
      ['volume', undefined, false, undefined],
      ['bind', '/etc', true, 'shared'],
    ])
  })
})
