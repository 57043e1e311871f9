import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { isInternalNetwork, networkKind, readNetworks, readServiceNetworks } from './settings-networks'

const service = (body: string) => parseCompose(`services:\n  s:\n${body.replace(/^/gm, '    ')}\n`).services[0]

describe('readNetworks', () => {
  it('joins the default network when none are listed, an empty list or map included, unless network_mode decides', () => {
    expect(readServiceNetworks(service('networks: []'))).toEqual(['default'])
    expect(readServiceNetworks(service('networks: {}'))).toEqual(['default'])
    expect(readServiceNetworks(service('network_mode: host\nnetworks: []'))).toEqual([])
  })

  it('resolves names with their defaults, keeps an unknown one as written, and says where each is listed', () => {
    const nets = readNetworks(service('networks: ["${NET:-back}", "${OTHER}"]'))
    expect(nets.map((n) => [n.name, n.known, n.place?.at])).toEqual([['back', true, ['networks', 0]], ['${OTHER}', false, ['networks', 1]]])
    const map = readNetworks(service('networks: {front: {aliases: [web]}}'))
    expect(map.map((n) => [n.name, n.place?.at, n.config])).toEqual([['front', ['networks', 'front'], { aliases: ['web'] }]])
  })
})

describe('networkKind', () => {
  it('says internal, open, external or unknown; an external network is never internal here', () => {
    const data = { networks: { a: { internal: true }, b: { internal: true, external: true }, c: { internal: '${X}' }, d: null } }
    expect(['a', 'b', 'c', 'd', 'e'].map((n) => networkKind(data, n))).toEqual(['internal', 'external', 'unknown', 'open', 'open'])
    expect(isInternalNetwork(data, 'b')).toBe(false)
  })
})
