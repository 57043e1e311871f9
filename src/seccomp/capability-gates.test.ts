import { describe, expect, it } from 'vitest'
import { capabilityGates } from './capability-gates'
import { contextFor } from './conditions'
import { dockerDefaultProfile } from './docker-default'

const gate = (cap: string, caps: string[] = []) => capabilityGates(dockerDefaultProfile(), contextFor(caps)).find((g) => g.cap === cap)!

describe('capability gates of Docker\'s default profile', () => {
  it('names the capabilities the profile is gated on', () => {
    expect(capabilityGates(dockerDefaultProfile(), contextFor([])).map((g) => g.composeName)).toEqual([
      'BPF', 'DAC_READ_SEARCH', 'PERFMON', 'SYSLOG', 'SYS_ADMIN', 'SYS_BOOT', 'SYS_CHROOT', 'SYS_MODULE', 'SYS_NICE', 'SYS_PACCT',
      'SYS_PTRACE', 'SYS_RAWIO', 'SYS_TIME', 'SYS_TTY_CONFIG',
    ])
  })
  it('SYS_ADMIN opens mount, umount2, unshare and setns, and lifts clone\'s filter', () => {
    const g = gate('CAP_SYS_ADMIN', ['SYS_ADMIN'])
    expect(g.granted).toBe(true)
    const opened = g.changes.filter((c) => c.with === 'allowed').map((c) => c.name)
    expect(opened).toEqual(expect.arrayContaining(['mount', 'umount2', 'unshare', 'setns', 'clone', 'clone3', 'bpf']))
    expect(g.changes.find((c) => c.name === 'clone')).toEqual({ name: 'clone', without: 'filtered', with: 'allowed' })
  })
  it('SYS_PTRACE opens kcmp and pidfd_getfd; ptrace is open without it on a current kernel', () => {
    const g = gate('CAP_SYS_PTRACE')
    expect(g.granted).toBe(false)
    expect(g.changes.map((c) => c.name)).toEqual(['kcmp', 'pidfd_getfd', 'process_madvise'])
    const old = capabilityGates(dockerDefaultProfile(), contextFor([], { arch: 'amd64', kernel: '4.4' })).find((x) => x.cap === 'CAP_SYS_PTRACE')!
    expect(old.changes.map((c) => c.name)).toContain('ptrace')
  })
  it('SYS_CHROOT, one of Docker\'s default capabilities, opens chroot', () => {
    expect(gate('CAP_SYS_CHROOT', ['SYS_CHROOT']).changes.map((c) => c.name)).toEqual(['chroot'])
  })
})
