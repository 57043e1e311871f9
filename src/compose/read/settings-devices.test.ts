import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { readDeviceCgroupRules, readDevices } from './settings-devices'

const service = (body: string) => parseCompose(`services:\n  s:\n${body.replace(/^/gm, '    ')}\n`).services[0]

describe('readDevices', () => {
  it('keeps a host device held in a variable as written, and says so, in both syntaxes', () => {
    const devices = readDevices(service('devices: ["${DEV}:/dev/x", {source: "${GPU}", target: /dev/g}, "${D:-/dev/sda}"]'))
    expect(devices.map((d) => [d.host, d.hostKnown, d.container])).toEqual([['${DEV}', false, '/dev/x'], ['${GPU}', false, '/dev/g'], ['/dev/sda', true, undefined]])
  })
})

describe('readDeviceCgroupRules', () => {
  it('reads the type in any letter case and a variable without default as one unknown number', () => {
    const rules = readDeviceCgroupRules(service('device_cgroup_rules: ["A *:* rwm", "c ${MAJOR}:* rwm", "b 8:1 r", "crwm"]'))
    expect(rules.map((r) => [r.type, r.major, r.minor, r.access])).toEqual([
      ['a', '*', '*', 'rwm'], ['c', '?', '*', 'rwm'], ['b', '8', '1', 'r'], [undefined, undefined, undefined, undefined],
    ])
  })
})
