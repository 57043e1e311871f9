import { describe, expect, it } from 'vitest'
import { contextFor } from './conditions'
import { dockerDefaultProfile, emptyAllowList } from './docker-default'
import { syscallStatus } from './status'

const verdict = (name: string, caps: string[] = []) => syscallStatus(dockerDefaultProfile(), name, contextFor(caps)).verdict

describe("Docker's default profile for one container", () => {
  it('allows everyday calls and refuses the seed\'s blocked ones without capabilities', () => {
    expect(verdict('read')).toBe('allowed')
    expect(verdict('mount')).toBe('denied')
    expect(verdict('reboot')).toBe('denied')
    expect(verdict('kexec_load')).toBe('denied')
    expect(verdict('keyctl')).toBe('denied')
  })
  it('allows ptrace on a current kernel (the 4.8 rule), and only with SYS_PTRACE on an older one', () => {
    expect(verdict('ptrace')).toBe('allowed')
    const old = (caps: string[]) => syscallStatus(dockerDefaultProfile(), 'ptrace', contextFor(caps, { arch: 'amd64', kernel: '4.4' })).verdict
    expect(old([])).toBe('denied')
    expect(old(['SYS_PTRACE'])).toBe('allowed')
  })
  it('follows the capabilities: SYS_ADMIN opens mount and clone3, SYS_BOOT opens reboot', () => {
    expect(verdict('mount', ['SYS_ADMIN'])).toBe('allowed')
    expect(verdict('clone3')).toBe('denied')
    expect(verdict('clone3', ['SYS_ADMIN'])).toBe('allowed')
    expect(verdict('reboot', ['SYS_BOOT'])).toBe('allowed')
  })
  it('calls a call allowed only for some arguments filtered, and lists the rules that would open a closed call', () => {
    expect(verdict('socket')).toBe('filtered')
    expect(verdict('clone')).toBe('filtered')
    expect(verdict('clone', ['SYS_ADMIN'])).toBe('allowed')
    const mount = syscallStatus(dockerDefaultProfile(), 'mount', contextFor([]))
    expect(mount.closed.map((r) => r.includes?.caps)).toEqual([['CAP_SYS_ADMIN']])
  })
  it('refuses everything in an empty allow-list', () => {
    expect(syscallStatus(emptyAllowList(), 'read', contextFor([])).verdict).toBe('denied')
  })
})
