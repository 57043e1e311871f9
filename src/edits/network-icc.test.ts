import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { setNetworkIccPlan } from './network-icc'
import { edited } from './test-utils'

const off = (text: string, network: string) => edited(text, (f) => setNetworkIccPlan(f, network, false))
const on = (text: string, network: string) => edited(text, (f) => setNetworkIccPlan(f, network, true))
const OPT = 'com.docker.network.bridge.enable_icc: "false"'

describe('setNetworkIccPlan', () => {
  it('fills a network declared as {} and turns back to {}', () => {
    const text = 'services:\n  web:\n    networks: [back]\nnetworks:\n  back: {}   # the app\n'
    const offText = `services:\n  web:\n    networks: [back]\nnetworks:\n  back: {driver_opts: {${OPT}}}   # the app\n`
    expect(off(text, 'back')).toBe(offText)
    expect(on(offText, 'back')).toBe(text)
  })

  it('fills a network declared with an empty value, keeping its comment; back on it is an empty map', () => {
    const text = 'services: {}\nnetworks:\n  back: # for the database\n  front:\n'
    const offText = `services: {}\nnetworks:\n  back: # for the database\n    driver_opts:\n      ${OPT}\n  front:\n`
    expect(off(text, 'back')).toBe(offText)
    expect(on(offText, 'back')).toBe('services: {}\nnetworks:\n  back: {} # for the database\n  front:\n')
  })

  it('adds to existing driver_opts and removes only its own key', () => {
    const text = 'services: {}\nnetworks:\n  back:\n    driver: bridge\n    driver_opts:\n      com.docker.network.bridge.name: br-back # named\n'
    const offText = `${text}      ${OPT}\n`
    expect(off(text, 'back')).toBe(offText)
    expect(on(offText, 'back')).toBe(text)
  })

  it('writes into a network declared in flow style', () => {
    const text = 'services: {}\nnetworks:\n  back: {driver: bridge, internal: true}\n'
    const offText = `services: {}\nnetworks:\n  back: {driver: bridge, internal: true, driver_opts: {${OPT}}}\n`
    expect(off(text, 'back')).toBe(offText)
    expect(on(offText, 'back')).toBe(text)
  })

  it('removes an emptied driver_opts but keeps the network’s other keys', () => {
    const text = `services: {}\nnetworks:\n  back:\n    internal: true\n    driver_opts:\n      ${OPT}\n`
    expect(on(text, 'back')).toBe('services: {}\nnetworks:\n  back:\n    internal: true\n')
  })

  it('rewrites a true value, and turns on a false written as a boolean', () => {
    const text = 'services: {}\nnetworks:\n  back:\n    driver_opts:\n      com.docker.network.bridge.enable_icc: "true"\n    labels: [x]\n'
    expect(off(text, 'back')).toBe(text.replace('"true"', '"false"'))
    const bool = 'services: {}\nnetworks:\n  back:\n    labels: [x]\n    driver_opts:\n      com.docker.network.bridge.enable_icc: false\n'
    expect(on(bool, 'back')).toBe('services: {}\nnetworks:\n  back:\n    labels: [x]\n')
  })

  it('declares a network that only services name, the implicit default one too', () => {
    const text = 'services:\n  web:\n    image: nginx\nnetworks:\n  front: {}\n'
    expect(off(text, 'default')).toBe(`${text}  default:\n    driver_opts:\n      ${OPT}\n`)
    expect(off('services:\n  web:\n    image: nginx\n', 'default')).toBe(`services:\n  web:\n    image: nginx\nnetworks:\n  default:\n    driver_opts:\n      ${OPT}\n`)
  })

  it('writes under an empty top-level networks: and into an empty driver_opts:', () => {
    expect(off('services: {}\nnetworks:\n', 'back')).toBe(`services: {}\nnetworks:\n  back:\n    driver_opts:\n      ${OPT}\n`)
    expect(off('services: {}\nnetworks:\n  back:\n    driver_opts:\n', 'back')).toBe(`services: {}\nnetworks:\n  back:\n    driver_opts:\n      ${OPT}\n`)
  })

  it('changes nothing when the network is already as asked', () => {
    const file = parseCompose(`services: {}\nnetworks:\n  a: {}\n  b: {driver_opts: {${OPT}}}\n`)
    expect(setNetworkIccPlan(file, 'a', true)).toBeNull()
    expect(setNetworkIccPlan(file, 'b', false)).toBeNull()
  })

  it('refuses networks that are not bridges the file creates, and options it cannot read', () => {
    const file = parseCompose(
      'services: {}\nnetworks:\n  ext: {external: true}\n  ov: {driver: overlay}\n  v: {driver_opts: {com.docker.network.bridge.enable_icc: "${ICC}"}}\n  s: {driver_opts: oops}\n',
    )
    expect(setNetworkIccPlan(file, 'ext', false)).toMatch(/^Created outside this file/)
    expect(setNetworkIccPlan(file, 'ov', false)).toMatch(/^An overlay network/)
    expect(setNetworkIccPlan(file, 'v', false)).toMatch(/A variable sets com.docker.network.bridge.enable_icc on network v/)
    expect(setNetworkIccPlan(file, 's', false)).toMatch(/driver_opts of network s is not written as a map/)
  })
})
