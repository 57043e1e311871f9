import { describe, expect, it } from 'vitest'
import { buildProfile, initialState } from './builder'
import { contextFor } from './conditions'
import { dockerDefaultProfile, emptyAllowList } from './docker-default'
import { allowedCount, syscallGroups } from './rows'

const ctx = contextFor(['CHOWN', 'SETUID'])

describe('the rows the builder lists', () => {
  it('puts the risky groups first and lists blocked well-known calls too', () => {
    const groups = syscallGroups(dockerDefaultProfile(), ctx)
    expect(groups[0].group.id).toBe('kernel')
    const kexec = groups[0].explained.find((r) => r.info.name === 'kexec_load')!
    expect(kexec.status.verdict).toBe('denied')
  })
  it('narrows by name, explanation or group label', () => {
    const names = (q: string) => syscallGroups(dockerDefaultProfile(), ctx, q).flatMap((g) => [...g.explained, ...g.others].map((r) => r.info.name))
    expect(names('kexec')).toEqual(['kexec_load', 'kexec_file_load'])
    expect(names('PTRACE')).toEqual(['ptrace', 'kcmp', 'pidfd_getfd', 'process_madvise'])
    expect(names('keyring').sort()).toEqual(['add_key', 'keyctl', 'request_key'])
    expect(names('no such call')).toEqual([])
  })
  it('lists a call the catalogue does not know under Other', () => {
    const profile = { ...emptyAllowList(), syscalls: [{ names: ['future_call'], action: 'SCMP_ACT_ALLOW' }] }
    const other = syscallGroups(profile, ctx).find((g) => g.group.id === 'other')!
    expect(other.others.map((r) => r.info.name)).toEqual(['future_call'])
    expect(other.allowed).toBe(1)
  })
  it('counts what passes for this container', () => {
    const n = allowedCount(dockerDefaultProfile(), ctx)
    expect(n).toBeGreaterThan(350)
    expect(allowedCount(buildProfile({ ...initialState('docker-default'), removed: ['read'] }), ctx)).toBe(n - 1)
  })
})
