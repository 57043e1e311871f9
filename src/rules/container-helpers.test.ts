import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { isRootUserPart, listItems, readLimit } from './container-helpers'

const service = (text: string, name: string) => {
  const file = parseCompose(text)
  const s = file.services.find((x) => x.name === name)
  if (!s) throw new Error(`no service ${name}`)
  return { file, s }
}

describe('isRootUserPart', () => {
  it('reads root by name or by an all-zero UID', () => {
    expect(['root', '0', '00'].map(isRootUserPart)).toEqual([true, true, true])
    expect(['1000', 'ROOT', 'rooter', '', undefined].map(isRootUserPart)).toEqual([false, false, false, false, false])
  })
})

describe('listItems', () => {
  it('gives an item merged in from an extends base no path, and own items their own index', () => {
    const { file, s } = service('services:\n  base:\n    cap_add: [SYS_TIME]\n  c:\n    extends: base\n    cap_add: [CHOWN, BPF]\n', 'c')
    expect(listItems(file, s, 'cap_add')).toEqual([
      { value: 'SYS_TIME', origin: 'base' },
      { value: 'CHOWN', at: ['cap_add', 0], origin: 'own' },
      { value: 'BPF', at: ['cap_add', 1], origin: 'own' },
    ])
  })

  it('locates a list that only the base has as inherited through extends', () => {
    const { file, s } = service('services:\n  base:\n    cap_add: [SYS_TIME]\n  c:\n    extends: base\n', 'c')
    expect(listItems(file, s, 'cap_add')).toEqual([{ value: 'SYS_TIME', origin: 'base' }])
  })

  it('reads a scalar as one item at the key, and a list from an anchor as merged', () => {
    const a = service('services:\n  a:\n    tmpfs: /run\n', 'a')
    expect(listItems(a.file, a.s, 'tmpfs')).toEqual([{ value: '/run', at: ['tmpfs'], origin: 'own' }])
    const b = service('x-d: &d\n  tmpfs: [/run]\nservices:\n  b:\n    <<: *d\n', 'b')
    expect(listItems(b.file, b.s, 'tmpfs')).toEqual([{ value: '/run', at: ['tmpfs', 0], origin: 'merge' }])
  })
})

describe('readLimit', () => {
  it('counts a real limit in any place, as compose ignores a zero deploy limit', () => {
    const { s } = service('services:\n  a:\n    mem_limit: 256m\n    deploy: {resources: {limits: {memory: "0"}}}\n', 'a')
    expect(readLimit(s, 'memory').state).toBe('set')
  })

  it('treats an interpolation without default as unknown, and one with a default by its default', () => {
    const cases: Array<[string, string]> = [['${MEM}', 'unknown'], ['${MEM:-512m}', 'set'], ['${MEM:-0}', 'unset'], ['lots', 'unset']]
    for (const [value, state] of cases) {
      const { s } = service(`services:\n  a:\n    mem_limit: "${value}"\n`, 'a')
      expect(readLimit(s, 'memory').state, value).toBe(state)
    }
  })

  it('treats listed values as unlimited, and reports where they are written', () => {
    const { s } = service('services:\n  a:\n    pids_limit: -1\n', 'a')
    expect(readLimit(s, 'pids', [-1])).toEqual({ state: 'unset', ineffective: [{ raw: -1, at: ['pids_limit'], syntax: 'legacy', state: 'unset' }] })
  })
})
