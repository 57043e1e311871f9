import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { readLimit, readResource } from './settings-resources'

const service = (body: string) => parseCompose(`services:\n  s:\n${body.replace(/^/gm, '    ')}\n`).services[0]

describe('readLimit', () => {
  it('counts a real limit in any place, as compose ignores a zero deploy limit', () => {
    const s = service('mem_limit: 256m\ndeploy: {resources: {limits: {memory: "0"}}}')
    expect(readLimit(s, 'memory').state).toBe('set')
    // The form shows the first place written, which is the deploy limit.
    expect(readResource(s, 'memory')?.at).toEqual(['deploy', 'resources', 'limits', 'memory'])
  })

  it('treats an interpolation without default as unknown, and one with a default by its default', () => {
    const cases: Array<[string, string]> = [['${MEM}', 'unknown'], ['${MEM:-512m}', 'set'], ['${MEM:-0}', 'unset'], ['lots', 'unset']]
    for (const [value, state] of cases) expect(readLimit(service(`mem_limit: "${value}"`), 'memory').state, value).toBe(state)
  })

  it('treats listed values as unlimited, and says where they are written', () => {
    expect(readLimit(service('pids_limit: -1'), 'pids', [-1])).toMatchObject({ state: 'unset', ineffective: [{ raw: -1, at: ['pids_limit'], syntax: 'legacy', state: 'unset' }] })
    expect(readLimit(service('mem_limit: ""'), 'memory').ineffective.map((v) => v.at)).toEqual([['mem_limit']])
  })
})
