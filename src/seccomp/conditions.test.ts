import { describe, expect, it } from 'vitest'
import { contextFor, describeConditions, kernelAtLeast, ruleApplies, withCapPrefix } from './conditions'
import type { SeccompRule } from './types'

const rule = (extra: Partial<SeccompRule>): SeccompRule => ({ names: ['x'], action: 'SCMP_ACT_ALLOW', ...extra })

describe('rule conditions, as Docker resolves them', () => {
  it('keeps an includes.caps rule only when all its capabilities are held', () => {
    const r = rule({ includes: { caps: ['CAP_SYS_ADMIN', 'CAP_BPF'] } })
    expect(ruleApplies(r, contextFor(['SYS_ADMIN']))).toBe(false)
    expect(ruleApplies(r, contextFor(['SYS_ADMIN', 'BPF']))).toBe(true)
  })
  it('drops an excludes.caps rule when any of its capabilities is held', () => {
    const r = rule({ excludes: { caps: ['CAP_SYS_ADMIN'] } })
    expect(ruleApplies(r, contextFor([]))).toBe(true)
    expect(ruleApplies(r, contextFor(['SYS_ADMIN']))).toBe(false)
  })
  it('reads arches and minKernel against the host', () => {
    expect(ruleApplies(rule({ includes: { arches: ['s390x'] } }), contextFor([]))).toBe(false)
    expect(ruleApplies(rule({ includes: { arches: ['amd64'] } }), contextFor([]))).toBe(true)
    expect(ruleApplies(rule({ includes: { minKernel: '4.8' } }), contextFor([], { arch: 'amd64', kernel: '4.4' }))).toBe(false)
    expect(ruleApplies(rule({ includes: { minKernel: '4.8' } }), contextFor([], { arch: 'amd64', kernel: '5.1' }))).toBe(true)
    expect(ruleApplies(rule({ excludes: { arches: ['amd64'] } }), contextFor([]))).toBe(false)
  })
  it('compares kernel versions by major and minor only; an unreadable version is not at least anything', () => {
    expect(kernelAtLeast('4.8', '4.8')).toBe(true)
    expect(kernelAtLeast('4.10-generic', '4.8')).toBe(true)
    expect(kernelAtLeast('3.19', '4.8')).toBe(false)
    expect(kernelAtLeast('weird', '4.8')).toBe(false)
  })
  it('prefixes capability names once', () => {
    expect(['sys_admin', 'CAP_BPF'].map(withCapPrefix)).toEqual(['CAP_SYS_ADMIN', 'CAP_BPF'])
  })
  it('says what gates a rule', () => {
    expect(describeConditions(rule({ includes: { caps: ['CAP_SYS_PTRACE'] } }))).toEqual(['with CAP_SYS_PTRACE'])
    expect(describeConditions(rule({ args: [{ index: 0, value: 1, op: 'SCMP_CMP_EQ' }], excludes: { caps: ['CAP_SYS_ADMIN'], arches: ['s390', 's390x'] } })))
      .toEqual(['without CAP_SYS_ADMIN', 'not on s390 and s390x', 'argument filter'])
  })
})
