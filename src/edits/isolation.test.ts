import { describe, expect, it } from 'vitest'
import { applyPlan } from '../compose/write/apply-plan'
import { parseCompose } from '../compose/read/parse'
import type { EditPlan } from '../compose/types'
import { readIsolation } from '../compose/read/settings'
import { setIsolationPlan } from './isolation'

const TEXT = `x-debug: &debug
  pid: host           # see the host's processes
  ipc: host
services:
  gpu:
    image: p:1
    privileged: true   # needs the GPU
    pid: host
  web:
    image: nginx:1.27  # front
  inh:
    <<: *debug
    image: tools:1
  other:
    image: o:1
    ipc: shareable
    cgroup: \${CGROUP}
`

const file = () => parseCompose(TEXT)
const service = (name: string) => parseCompose(TEXT).services.find((s) => s.name === name)!

function applied(built: EditPlan | null | string): string {
  if (built === null || typeof built === 'string') throw new Error(`expected a plan, got ${String(built)}`)
  const result = applyPlan(TEXT, built)
  if (!result.ok) throw new Error(result.error)
  return result.text
}

describe('reading', () => {
  it('knows on, off and unknown, and where a value comes from', () => {
    expect(readIsolation(service('gpu'), 'privileged')).toMatchObject({ on: true, raw: true, unknown: false })
    expect(readIsolation(service('inh'), 'pid')).toMatchObject({ on: true, located: { origin: 'merge', anchor: 'debug' } })
    expect(readIsolation(service('other'), 'ipc')).toMatchObject({ on: false, raw: 'shareable' })
    expect(readIsolation(service('other'), 'cgroup')).toMatchObject({ on: false, unknown: true })
    expect(readIsolation(service('web'), 'uts')).toEqual({ key: 'uts', on: false, unknown: false })
  })
})

describe('switching on', () => {
  it('writes privileged: true or <key>: host', () => {
    expect(applied(setIsolationPlan(file(), 'web', { key: 'privileged', on: true }))).toBe(TEXT.replace('nginx:1.27  # front\n', 'nginx:1.27  # front\n    privileged: true\n'))
    expect(applied(setIsolationPlan(file(), 'web', { key: 'userns_mode', on: true }))).toBe(TEXT.replace('nginx:1.27  # front\n', 'nginx:1.27  # front\n    userns_mode: host\n'))
    expect(applied(setIsolationPlan(file(), 'other', { key: 'ipc', on: true }))).toBe(TEXT.replace('ipc: shareable', 'ipc: host'))
    expect(setIsolationPlan(file(), 'gpu', { key: 'pid', on: true })).toBeNull()
  })
})

describe('switching off', () => {
  it('deletes the service\'s own key with its comment', () => {
    expect(applied(setIsolationPlan(file(), 'gpu', { key: 'privileged', on: false }))).toBe(TEXT.replace('    privileged: true   # needs the GPU\n', ''))
    expect(applied(setIsolationPlan(file(), 'gpu', { key: 'pid', on: false }))).toBe(TEXT.replace('    privileged: true   # needs the GPU\n    pid: host\n', '    privileged: true   # needs the GPU\n'))
  })

  it('overrides an inherited ipc with private, and refuses an inherited pid', () => {
    expect(applied(setIsolationPlan(file(), 'inh', { key: 'ipc', on: false }))).toBe(TEXT.replace('    image: tools:1\n', '    image: tools:1\n    ipc: private\n'))
    expect(setIsolationPlan(file(), 'inh', { key: 'pid', on: false })).toBe(
      'pid: host of inh comes from the anchor &debug, and compose has no value that undoes it on the service. Remove it there.',
    )
  })

  it('does nothing for a setting that is not on', () => {
    expect(setIsolationPlan(file(), 'other', { key: 'ipc', on: false })).toBeNull()
    expect(setIsolationPlan(file(), 'web', { key: 'privileged', on: false })).toBeNull()
  })
})
