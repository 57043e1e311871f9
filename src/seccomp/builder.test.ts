import { describe, expect, it } from 'vitest'
import { buildProfile, initialState, setAllowed } from './builder'
import { contextFor } from './conditions'
import { dockerDefaultProfile } from './docker-default'
import { profileProblems } from './profile-shape'
import { syscallStatus } from './status'

const plain = contextFor([])
const allowRulesNaming = (name: string, state = initialState('docker-default')) =>
  buildProfile(state).syscalls.filter((r) => r.action === 'SCMP_ACT_ALLOW' && r.names.includes(name))

describe('the profile builder', () => {
  it('starts from Docker\'s default unchanged', () => {
    expect(buildProfile(initialState('docker-default'))).toEqual(dockerDefaultProfile())
  })
  it('removing ptrace takes it out of every ALLOW rule, keeps the rest and the other names of those rules', () => {
    const state = setAllowed(initialState('docker-default'), 'ptrace', false, plain)
    expect(state.removed).toEqual(['ptrace'])
    expect(allowRulesNaming('ptrace', state)).toEqual([])
    const profile = buildProfile(state)
    expect(syscallStatus(profile, 'ptrace', contextFor(['SYS_PTRACE'])).verdict).toBe('denied')
    expect(syscallStatus(profile, 'process_vm_readv', plain).verdict).toBe('allowed')
    expect(profile.syscalls).toHaveLength(dockerDefaultProfile().syscalls.length)
    expect(profileProblems(profile)).toEqual([])
  })
  it('ticking a removed call again restores the start exactly', () => {
    const off = setAllowed(initialState('docker-default'), 'ptrace', false, plain)
    const on = setAllowed(off, 'ptrace', true, plain)
    expect(on).toEqual(initialState('docker-default'))
  })
  it('adding a call allows it outright in the unconditional rule, and takes it out of a rule that refuses it', () => {
    const state = setAllowed(initialState('docker-default'), 'clone3', true, plain)
    expect(state.added).toEqual(['clone3'])
    const profile = buildProfile(state)
    expect(profile.syscalls[0].names).toContain('clone3')
    expect(profile.syscalls.some((r) => r.action === 'SCMP_ACT_ERRNO' && r.names.includes('clone3'))).toBe(false)
    expect(syscallStatus(profile, 'clone3', plain).verdict).toBe('allowed')
  })
  it('unticking a call the start allows only with a capability the service lacks changes nothing', () => {
    const state = initialState('docker-default')
    expect(setAllowed(state, 'mount', false, plain)).toEqual(state)
    const sysAdmin = setAllowed(state, 'mount', false, contextFor(['SYS_ADMIN']))
    expect(sysAdmin.removed).toEqual(['mount'])
  })
  it('an empty allow-list gets one ALLOW rule for what is ticked', () => {
    let state = initialState('empty')
    for (const name of ['read', 'write', 'execve']) state = setAllowed(state, name, true, plain)
    const profile = buildProfile(state)
    expect(profile).toEqual({
      defaultAction: 'SCMP_ACT_ERRNO',
      defaultErrnoRet: 1,
      architectures: expect.arrayContaining(['SCMP_ARCH_X86_64']),
      syscalls: [{ names: ['execve', 'read', 'write'], action: 'SCMP_ACT_ALLOW' }],
    })
    expect(buildProfile(setAllowed(setAllowed(setAllowed(state, 'read', false, plain), 'write', false, plain), 'execve', false, plain)).syscalls).toEqual([])
  })
})
