import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { cutDependencies, readNetworkIcc } from './settings-network-icc'

const data = (networks: string) => parseCompose(`services: {}\nnetworks:\n${networks}`).data

describe('readNetworkIcc', () => {
  it('offers the switch on bridge networks: no driver, bridge, null, undeclared', () => {
    const d = data('  a:\n  b: {driver: bridge}\n  c: {}\n')
    expect(readNetworkIcc(d, 'a')).toEqual({ declared: true, driver: 'bridge', state: 'on' })
    expect(readNetworkIcc(d, 'b')).toEqual({ declared: true, driver: 'bridge', state: 'on' })
    expect(readNetworkIcc(d, 'c').notOffered).toBeUndefined()
    expect(readNetworkIcc(d, 'default')).toEqual({ declared: false, driver: 'bridge', state: 'on' })
    expect(readNetworkIcc(parseCompose('services: {}\n').data, 'default')).toEqual({ declared: false, driver: 'bridge', state: 'on' })
  })

  it('reads the option as Docker does: a boolean or a string, a variable unknown', () => {
    const opts = (v: string) => readNetworkIcc(data(`  a:\n    driver_opts:\n      com.docker.network.bridge.enable_icc: ${v}\n`), 'a').state
    expect(opts('"false"')).toBe('off')
    expect(opts('false')).toBe('off')
    expect(opts('"0"')).toBe('off')
    expect(opts('"true"')).toBe('on')
    expect(opts('${ICC}')).toBe('unknown')
    expect(opts('${ICC:-false}')).toBe('off')
  })

  it('says why the switch is not offered on other networks', () => {
    const d = data('  ext: {external: true}\n  old: {external: {name: x}}\n  ov: {driver: overlay}\n  mac: {driver: macvlan}\n  ip: {driver: ipvlan}\n  h: {driver: host}\n  plug: {driver: weave}\n  v: {driver: "${DRIVER}"}\n  bad: oops\n')
    expect(readNetworkIcc(d, 'ext')).toMatchObject({ driver: 'external', notOffered: expect.stringMatching(/^Created outside this file.*docker network create -o com.docker.network.bridge.enable_icc=false ext\.$/) })
    expect(readNetworkIcc(d, 'old').driver).toBe('external')
    expect(readNetworkIcc(d, 'ov').notOffered).toMatch(/^An overlay network spans Docker hosts/)
    expect(readNetworkIcc(d, 'mac').notOffered).toMatch(/^A macvlan network/)
    expect(readNetworkIcc(d, 'ip').notOffered).toMatch(/^An ipvlan network/)
    expect(readNetworkIcc(d, 'h').notOffered).toMatch(/^The host driver/)
    expect(readNetworkIcc(d, 'plug')).toMatchObject({ driver: 'weave', notOffered: expect.stringMatching(/^The weave driver is not/) })
    expect(readNetworkIcc(d, 'v').notOffered).toMatch(/^A variable chooses the driver/)
    expect(readNetworkIcc(d, 'bad').notOffered).toMatch(/not written as a map/)
    expect(readNetworkIcc(d, '${NET}').notOffered).toMatch(/^A variable names this network \(\$\{NET\}\)/)
  })
})

describe('cutDependencies', () => {
  const file = (extra = '') =>
    parseCompose(
      'services:\n  web: {image: x, depends_on: [api], networks: [front]}\n  api: {image: x, depends_on: {db: {condition: service_healthy}}, networks: [front, back]}\n' +
        `  db: {image: x, networks: [back]}\n  job: {image: x, depends_on: [db]}\nnetworks:\n  front: {}\n  back:${extra}\n`,
    )

  it('lists the depends_on pairs that share the network and no other one with traffic on', () => {
    expect(cutDependencies(file(), 'front')).toEqual([{ from: 'web', on: 'api' }])
    expect(cutDependencies(file(), 'back')).toEqual([{ from: 'api', on: 'db' }])
    // job is on the default network, db is not: they do not talk over either network.
    expect(cutDependencies(file(), 'default')).toEqual([])
  })

  it('leaves out pairs that still share a network with traffic on, and counts those with it off', () => {
    const both = parseCompose('services:\n  a: {depends_on: [b], networks: [x, y]}\n  b: {networks: [x, y]}\nnetworks:\n  x: {}\n  y: {}\n')
    expect(cutDependencies(both, 'x')).toEqual([])
    const yOff = parseCompose('services:\n  a: {depends_on: [b], networks: [x, y]}\n  b: {networks: [x, y]}\nnetworks:\n  x: {}\n  y: {driver_opts: {com.docker.network.bridge.enable_icc: "false"}}\n')
    expect(cutDependencies(yOff, 'x')).toEqual([{ from: 'a', on: 'b' }])
  })

  it('counts services on the implicit default network', () => {
    const implicit = parseCompose('services:\n  a: {depends_on: [b]}\n  b: {image: x}\n')
    expect(cutDependencies(implicit, 'default')).toEqual([{ from: 'a', on: 'b' }])
  })
})
