import { describe, expect, it } from 'vitest'
import { applyPlan } from '../compose/write/apply-plan'
import { parseCompose } from '../compose/read/parse'
import type { EditPlan } from '../compose/types'
import { resourceInputProblem, setResourcePlan } from './resources'

const TEXT = `x-limits: &limits
  mem_limit: 256m      # shared cap
services:
  api:
    image: api:1.2   # the API
    deploy:
      resources:
        limits:
          cpus: "1"        # one core
          memory: 512M     # plenty
        reservations:
          memory: 128M
  old:
    image: old:3
    mem_limit: 1g        # legacy syntax
    cpu_shares: 512
  fresh:
    image: fresh:1
  inh:
    <<: *limits
    image: inh:1
`

const file = () => parseCompose(TEXT)

function applied(built: EditPlan | null | string): string {
  if (built === null || typeof built === 'string') throw new Error(`expected a plan, got ${String(built)}`)
  const result = applyPlan(TEXT, built)
  if (!result.ok) throw new Error(result.error)
  return result.text
}

describe('editing a value keeps where and how it is written', () => {
  it('deploy.resources: a quoted CPU count stays quoted, its comment stays', () => {
    expect(applied(setResourcePlan(file(), 'api', { field: 'cpus', value: '2' }))).toBe(TEXT.replace('cpus: "1"        # one core', 'cpus: "2"        # one core'))
  })

  it('legacy keys stay legacy', () => {
    expect(applied(setResourcePlan(file(), 'old', { field: 'memory', value: ' 2g ' }))).toBe(TEXT.replace('mem_limit: 1g        # legacy', 'mem_limit: 2g        # legacy'))
    expect(applied(setResourcePlan(file(), 'old', { field: 'cpuShares', value: '256' }))).toBe(TEXT.replace('cpu_shares: 512', 'cpu_shares: 256'))
  })

  it('an inherited value is overridden on the service, the anchor stays', () => {
    expect(applied(setResourcePlan(file(), 'inh', { field: 'memory', value: '300m' }))).toBe(TEXT.replace('    image: inh:1\n', '    image: inh:1\n    mem_limit: 300m\n'))
  })

  it('an unchanged value is no edit', () => {
    expect(setResourcePlan(file(), 'api', { field: 'memory', value: '512M' })).toBeNull()
  })
})

describe('new values', () => {
  it('go under deploy.resources.limits by default, CPUs quoted as in the compose docs', () => {
    expect(applied(setResourcePlan(file(), 'fresh', { field: 'memory', value: '512M' }))).toBe(
      TEXT.replace('    image: fresh:1\n', '    image: fresh:1\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n'),
    )
    expect(applied(setResourcePlan(file(), 'api', { field: 'cpus', value: '0.5' }))).toBe(TEXT.replace('cpus: "1"', 'cpus: "0.5"'))
    expect(applied(setResourcePlan(file(), 'fresh', { field: 'cpus', value: '0.5' }))).toBe(
      TEXT.replace('    image: fresh:1\n', '    image: fresh:1\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n'),
    )
  })

  it('follow the legacy syntax of a service that uses it', () => {
    expect(applied(setResourcePlan(file(), 'old', { field: 'cpus', value: '1.5' }))).toBe(TEXT.replace('    cpu_shares: 512\n', '    cpu_shares: 512\n    cpus: 1.5\n'))
    expect(applied(setResourcePlan(file(), 'old', { field: 'memoryReservation', value: '256m' }))).toBe(
      TEXT.replace('    cpu_shares: 512\n', '    cpu_shares: 512\n    mem_reservation: 256m\n'),
    )
  })

  it('PIDs become pids_limit; swap and cpuset have only their service keys', () => {
    expect(applied(setResourcePlan(file(), 'api', { field: 'pids', value: '100' }))).toBe(TEXT.replace('          memory: 128M\n', '          memory: 128M\n    pids_limit: 100\n'))
    expect(applied(setResourcePlan(file(), 'fresh', { field: 'memswap', value: '1g' }))).toBe(TEXT.replace('    image: fresh:1\n', '    image: fresh:1\n    memswap_limit: 1g\n'))
    expect(applied(setResourcePlan(file(), 'fresh', { field: 'cpuset', value: '1' }))).toBe(TEXT.replace('    image: fresh:1\n', '    image: fresh:1\n    cpuset: "1"\n'))
  })
})

describe('clearing a field', () => {
  it('deletes the key, and parents left empty', () => {
    expect(applied(setResourcePlan(file(), 'api', { field: 'memory', value: '' }))).toBe(TEXT.replace('          memory: 512M     # plenty\n', ''))
    expect(applied(setResourcePlan(file(), 'api', { field: 'memoryReservation', value: ' ' }))).toBe(TEXT.replace('        reservations:\n          memory: 128M\n', ''))
    expect(applied(setResourcePlan(file(), 'old', { field: 'cpuShares', value: '' }))).toBe(TEXT.replace('    cpu_shares: 512\n', ''))
  })

  it('refuses for an inherited value and does nothing when unset', () => {
    expect(setResourcePlan(file(), 'inh', { field: 'memory', value: '' })).toBe(
      'The memory limit of inh comes from &limits, so it cannot be removed here. Set another value, or remove it there.',
    )
    expect(setResourcePlan(file(), 'fresh', { field: 'pids', value: '' })).toBeNull()
  })
})

describe('input checks', () => {
  it('accept what compose accepts', () => {
    for (const [field, v] of [['memory', '512M'], ['memory', '1.5gb'], ['memory', '268435456'], ['memswap', '-1'], ['cpus', '0.25'], ['cpus', '2'],
      ['cpuShares', '512'], ['cpuset', '0-3,5'], ['pids', '200'], ['memory', '${MEM:-512m}']] as const) {
      expect(resourceInputProblem(field, v), `${field} ${v}`).toBeNull()
    }
  })

  it('explain what is wrong', () => {
    expect(resourceInputProblem('memory', 'lots')).toMatch(/such as 512M/)
    expect(resourceInputProblem('memory', '1m')).toMatch(/at least 6M/)
    expect(resourceInputProblem('cpus', '0')).toMatch(/positive number/)
    expect(resourceInputProblem('cpus', '-1')).toMatch(/positive number/)
    expect(resourceInputProblem('cpuShares', '1')).toMatch(/2 to 262144/)
    expect(resourceInputProblem('cpuset', '0-')).toMatch(/ranges/)
    expect(resourceInputProblem('pids', '-1')).toMatch(/above 0/)
    expect(setResourcePlan(file(), 'api', { field: 'pids', value: '1.5' })).toMatch(/^PIDs limit: /)
  })
})
