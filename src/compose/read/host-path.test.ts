import { describe, expect, it } from 'vitest'
import { isUnder, normalizePath } from './host-path'

describe('normalizePath', () => {
  it.each([
    ['/etc/', '/etc'], ['//etc//ssl', '/etc/ssl'], ['/./proc/./', '/proc'], ['/srv/../etc/passwd', '/etc/passwd'],
    ['/..', '/'], ['/', '/'], ['./data/', 'data'], ['../x', '../x'],
  ])('%s → %s', (input, output) => expect(normalizePath(input)).toBe(output))

  it('compares whole path segments', () => {
    expect(isUnder('/etc/ssl', '/etc')).toBe(true)
    expect(isUnder('/etcetera', '/etc')).toBe(false)
    expect(isUnder('/var/lib/dockerd', '/var/lib/docker')).toBe(false)
  })
})
