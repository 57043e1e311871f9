import { describe, expect, it } from 'vitest'
import { describeRule } from '../harness'
import rule, { closestCapability } from './rule'

describeRule(rule, new URL('./fixtures', import.meta.url))

describe('closestCapability', () => {
  it('suggests the capability a typo most likely meant, and nothing for a made-up name', () => {
    expect(closestCapability('NET_BIND_SERVIC')).toBe('NET_BIND_SERVICE')
    expect(closestCapability('SYSADMIN')).toBe('SYS_ADMIN')
    expect(closestCapability('AL')).toBe('ALL')
    expect(closestCapability('FROBNICATE')).toBeUndefined()
  })
})
