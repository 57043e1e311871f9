import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DOCKER_DEFAULT_CAPS, normalizeCap } from '../../compose/read/settings'
import { describeRule } from '../harness'
import rule, { HIGH_CAPS, tierOf } from './rule'

describeRule(rule, new URL('./fixtures', import.meta.url))

describe('tierOf', () => {
  it('puts ALL and SYS_ADMIN in critical, the listed ones in high, defaults nowhere and others in low', () => {
    expect(tierOf('ALL')).toBe('critical')
    expect(tierOf('SYS_ADMIN')).toBe('critical')
    for (const cap of Object.keys(HIGH_CAPS)) expect(tierOf(cap), cap).toBe('high')
    for (const cap of DOCKER_DEFAULT_CAPS) expect(tierOf(cap), cap).toBeUndefined()
    expect(tierOf('IPC_LOCK')).toBe('low')
  })

  it('leaves names that are no capability, CAP_ALL among them, to valid-capability-names', () => {
    expect(tierOf(normalizeCap('CAP_ALL'))).toBeUndefined()
    expect(tierOf('NET_BIND')).toBeUndefined()
  })

  it('does not depend on case or the CAP_ prefix (but for ALL, which is only ALL bare)', () => {
    expect(tierOf(normalizeCap('all'))).toBe('critical')
    const caps = fc.constantFrom('SYS_ADMIN', ...Object.keys(HIGH_CAPS), ...DOCKER_DEFAULT_CAPS, 'IPC_LOCK', 'WAKE_ALARM')
    const spelling = fc.tuple(fc.boolean(), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }))
    fc.assert(fc.property(caps, spelling, (cap, [prefix, upper]) => {
      const written = (prefix ? 'cap_' : '') + [...cap].map((c, i) => (upper[i % 20] ? c : c.toLowerCase())).join('')
      expect(tierOf(normalizeCap(written))).toBe(tierOf(cap))
    }))
  })
})
