import { describe, expect, it } from 'vitest'
import { CATALOGUE, SEED_BLOCKED, SYSCALL_GROUPS, syscallInfo } from './catalogue'
import { dockerDefaultProfile } from './docker-default'
import { profileNames } from './status'

describe('syscall catalogue', () => {
  it('places every call of Docker\'s default profile in a named group (none falls to "Other")', () => {
    const unplaced = profileNames(dockerDefaultProfile()).filter((n) => syscallInfo(n).group === 'other')
    expect(unplaced).toEqual([])
  })
  it('lists each call once', () => {
    const names = CATALOGUE.map((s) => s.name)
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([])
  })
  it('explains the well-known calls one by one, and flags the seed\'s four blocked calls', () => {
    for (const name of ['mount', 'ptrace', 'kexec_load', 'reboot', 'keyctl', 'unshare', 'setns', 'bpf', 'open_by_handle_at', 'execve', 'socket', 'clone'])
      expect(syscallInfo(name).individual, name).toBe(true)
    expect(CATALOGUE.filter((s) => s.seed).map((s) => s.name).sort()).toEqual([...SEED_BLOCKED].sort())
  })
  it('rates the escape-prone calls high or critical', () => {
    expect(syscallInfo('mount').risk).toBe('critical')
    expect(syscallInfo('kexec_load').risk).toBe('critical')
    expect(syscallInfo('ptrace').risk).toBe('high')
    expect(syscallInfo('read').risk).toBe('low')
  })
  it('gives a call it does not know the "Other" group instead of failing', () => {
    expect(syscallInfo('future_call')).toMatchObject({ group: 'other', individual: false, seed: false })
  })
  it('writes one line per explanation, and says which calls share their group\'s line', () => {
    for (const s of CATALOGUE) expect(s.summary, s.name).not.toMatch(/\n/)
    const group = SYSCALL_GROUPS.find((g) => g.id === 'file')!
    expect(syscallInfo('pwritev2')).toMatchObject({ individual: false, summary: group.summary })
  })
})
