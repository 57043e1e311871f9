import { describe, expect, it } from 'vitest'
import { dockerDefaultProfile, emptyAllowList } from './docker-default'
import { profileProblems } from './profile-shape'

describe('the structure Docker accepts', () => {
  it('accepts Docker\'s own default and an empty allow-list', () => {
    expect(profileProblems(dockerDefaultProfile())).toEqual([])
    expect(profileProblems(emptyAllowList())).toEqual([])
  })
  it('refuses both architectures and archMap, unknown actions and rules without names', () => {
    const bad = { ...dockerDefaultProfile(), architectures: ['SCMP_ARCH_X86_64'] }
    expect(profileProblems(bad)).toEqual(['Use either "architectures" or "archMap", not both: Docker refuses the profile.'])
    expect(profileProblems({ defaultAction: 'DENY', syscalls: [{ name: 'read', action: 'SCMP_ACT_ALLOW' }] })).toEqual([
      'defaultAction "DENY" is not a seccomp action.',
      'syscalls[0] uses "name"; Docker reads "names" (a list).',
      'syscalls[0].names must be a non-empty list of syscall names.',
    ])
  })
  it('never throws on odd input', () => {
    for (const odd of [null, 1, 'x', [], { syscalls: 'no' }, { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [null, { names: [1] }] }])
      expect(profileProblems(odd).length).toBeGreaterThan(0)
  })
})
