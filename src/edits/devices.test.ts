import { edited } from './test-utils'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import {
  addCgroupRulePlan,
  addDevicePlan,
  cgroupRuleProblem,
  deviceInputProblems,
  formatShortDevice,
  removeCgroupRulePlan,
  removeDevicePlan,
} from './devices'

const IOT = `services:
  gateway:
    image: ghcr.io/example/gateway:3 # zigbee bridge
    devices:
      - /dev/ttyUSB0:/dev/ttyUSB0:rw   # the radio stick
      - source: /dev/bus/usb
        target: /dev/bus/usb
    device_cgroup_rules:
      - 'c 188:* rmw'   # every USB serial adapter
`

describe('devices', () => {
  it('validates and formats new devices', () => {
    expect(deviceInputProblems({ host: '/dev/ttyACM0', container: '', permissions: 'rw' })).toEqual({})
    expect(deviceInputProblems({ host: 'nvidia.com/gpu=all', container: '', permissions: '' })).toEqual({})
    expect(deviceInputProblems({ host: 'ttyACM0', container: 'dev', permissions: 'rwx' })).toEqual({
      host: expect.stringMatching(/absolute path/),
      container: expect.stringMatching(/absolute/),
      permissions: expect.stringMatching(/r, w and m/),
    })
    expect(formatShortDevice({ host: '/dev/a', container: '', permissions: '' })).toBe('/dev/a')
    expect(formatShortDevice({ host: '/dev/a', container: '/dev/b', permissions: '' })).toBe('/dev/a:/dev/b')
    expect(formatShortDevice({ host: '/dev/a', container: '', permissions: 'r' })).toBe('/dev/a:/dev/a:r')
  })

  it('adds a device in short syntax to a mixed list, keeping comments', () => {
    expect(edited(IOT, (f) => addDevicePlan(f, 'gateway', { host: '/dev/ttyACM0', container: '', permissions: 'rw' }))).toBe(
      IOT.replace('        target: /dev/bus/usb\n', '        target: /dev/bus/usb\n      - /dev/ttyACM0:/dev/ttyACM0:rw\n'),
    )
  })

  it('adds in long syntax when every device is long', () => {
    const text = 'services:\n  app:\n    devices:\n      - source: /dev/fuse\n        target: /dev/fuse\n'
    expect(edited(text, (f) => addDevicePlan(f, 'app', { host: '/dev/net/tun', container: '', permissions: 'rwm' }))).toBe(
      text + '      - source: /dev/net/tun\n        target: /dev/net/tun\n        permissions: rwm\n',
    )
  })

  it('creates the list and removes devices', () => {
    expect(edited('services:\n  app:\n    image: x\n', (f) => addDevicePlan(f, 'app', { host: '/dev/fuse', container: '', permissions: '' }))).toBe(
      'services:\n  app:\n    image: x\n    devices:\n      - /dev/fuse\n',
    )
    expect(edited(IOT, (f) => removeDevicePlan(f, 'gateway', 1))).toBe(IOT.replace('      - source: /dev/bus/usb\n        target: /dev/bus/usb\n', ''))
    expect(edited(IOT, (f) => removeDevicePlan(f, 'gateway', 0))).toBe(IOT.replace('      - /dev/ttyUSB0:/dev/ttyUSB0:rw   # the radio stick\n', ''))
  })
})

describe('device cgroup rules', () => {
  it('validates rules', () => {
    expect(cgroupRuleProblem('c 189:1 rwm')).toBeNull()
    expect(cgroupRuleProblem(' b  8:*  r ')).toBeNull()
    expect(cgroupRuleProblem('a *:* rwm')).toBeNull()
    expect(cgroupRuleProblem('')).toMatch(/Enter a rule/)
    expect(cgroupRuleProblem('x 1:2 r')).toMatch(/type a, b or c/)
    expect(cgroupRuleProblem('c 1:2 rrw')).toMatch(/once each/)
  })

  it('adds a tidied rule, refuses duplicates, and removes', () => {
    expect(edited(IOT, (f) => addCgroupRulePlan(f, 'gateway', ' c  189:1   rwm '))).toBe(IOT + '      - c 189:1 rwm\n')
    expect(addCgroupRulePlan(parseCompose(IOT), 'gateway', 'c 188:* rmw')).toMatch(/already/)
    expect(edited(IOT, (f) => removeCgroupRulePlan(f, 'gateway', 0))).toBe(IOT.replace("    device_cgroup_rules:\n      - 'c 188:* rmw'   # every USB serial adapter\n", ''))
  })
})
