import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { itemKeyPath, listItems, ownList } from './settings-items'

const service = (text: string, name: string) => {
  const file = parseCompose(text)
  const s = file.services.find((x) => x.name === name)
  if (!s) throw new Error(`no service ${name}`)
  return { file, s }
}

const trace = (items: ReturnType<typeof listItems>) => items.map((i) => [i.written, i.origin, i.at])

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
    const { s } = service(text, 'child')
    expect(trace(listItems(s, 'security_opt'))).toEqual([
      ['seccomp:unconfined', 'extends', undefined],
      ['label:disable', 'extends', undefined],
      ['apparmor:unconfined', 'own', ['security_opt', 0]],
    ])
  })

  it('locates a whole list inherited by extends through the base, which it names', () => {
    const { s } = service(text.split('\n').slice(0, 5).join('\n'), 'child')
    expect(listItems(s, 'security_opt').map((i) => [i.origin, i.located?.origin, i.located?.from])).toEqual([
      ['extends', 'extends', 'base'],
      ['extends', 'extends', 'base'],
    ])
  })

  it('gives own items their own index, whatever their index in the resolved list', () => {
    const { s } = service('services:\n  base:\n    cap_add: [SYS_TIME]\n  c:\n    extends: base\n    cap_add: [CHOWN, BPF]\n', 'c')
    expect(listItems(s, 'cap_add').map((i) => [i.written, i.index, i.at, i.origin])).toEqual([
      ['SYS_TIME', 0, undefined, 'extends'],
      ['CHOWN', 1, ['cap_add', 0], 'own'],
      ['BPF', 2, ['cap_add', 1], 'own'],
    ])
  })

  it('reads a scalar as one item at the key, and a list from an anchor as merged', () => {
    const a = service('services:\n  a:\n    tmpfs: /run\n', 'a')
    expect(trace(listItems(a.s, 'tmpfs'))).toEqual([['/run', 'own', ['tmpfs']]])
    const b = service('x-d: &d\n  tmpfs: [/run]\nservices:\n  b:\n    <<: *d\n', 'b')
    expect(listItems(b.s, 'tmpfs').map((i) => [i.written, i.origin, i.at, i.located?.anchor])).toEqual([['/run', 'merge', ['tmpfs', 0], 'd']])
  })

  it('maps items of a service with its own list past the base items extends puts first (deduplicated)', () => {
    const { s } = service('services:\n  base:\n    ports: ["1:1", "2:2"]\n  child:\n    extends: base\n    ports: ["3:3", "1:1"]\n', 'child')
    expect(s.data.ports).toEqual(['1:1', '2:2', '3:3'])
    expect(trace(listItems(s, 'ports'))).toEqual([
      ['1:1', 'own', ['ports', 1]],
      ['2:2', 'extends', undefined],
      ['3:3', 'own', ['ports', 0]],
    ])
  })
})

describe('ownList', () => {
  it('is the list written on the service, an anchor merged in, an extends base left out', () => {
    const { file, s } = service('x: &d\n  cap_add: [A]\nservices:\n  base:\n    cap_add: [B]\n  c:\n    extends: base\n    <<: *d\n', 'c')
    expect(ownList(file, s, 'cap_add')).toEqual(['A'])
    expect(ownList(file, s, 'cap_drop')).toEqual([])
  })
})

describe('itemKeyPath', () => {
  const text = [
    'services:',
    '  web:',
    '    ports:',
    '      - "80:80"',
    '      - target: 80',
    '        host_ip:',
    '      - target: 81',
    '    volumes:',
    '      - type: bind',
    '        source: /etc',
    '        target: /x',
    '        bind:',
    '          propagation: rshared',
  ].join('\n')

  it('points at the written key of a long-syntax item, else at the item', () => {
    const { s } = service(text, 'web')
    const [short, empty, missing] = listItems(s, 'ports')
    expect(itemKeyPath(short, 'host_ip')).toEqual(['ports', 0])
    expect(itemKeyPath(empty, 'host_ip')).toEqual(['ports', 1, 'host_ip'])
    expect(s.locate(itemKeyPath(empty, 'host_ip')!)?.pos.line).toBe(6)
    expect(itemKeyPath(missing, 'host_ip')).toEqual(['ports', 2])
    const [volume] = listItems(s, 'volumes')
    expect(s.locate(itemKeyPath(volume, 'source')!)?.pos.line).toBe(10)
    expect(s.locate(itemKeyPath(volume, 'bind', 'propagation')!)?.pos.line).toBe(13)
    expect(itemKeyPath({ written: { source: '/x' }, at: undefined }, 'source')).toBeUndefined()
  })
})
