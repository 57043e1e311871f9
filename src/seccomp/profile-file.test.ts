import { describe, expect, it } from 'vitest'
import { emptyAllowList } from './docker-default'
import { defaultProfilePath, profileFileName, profileJson } from './profile-file'

describe('the profile file', () => {
  it('defaults to ./seccomp/<service>.json with a safe file name', () => {
    expect(defaultProfilePath('app')).toBe('./seccomp/app.json')
    expect(defaultProfilePath('my app/x')).toBe('./seccomp/my-app-x.json')
    expect(defaultProfilePath('..')).toBe('./seccomp/service.json')
  })
  it('downloads under the path\'s last part', () => {
    expect(profileFileName('./seccomp/app.json')).toBe('app.json')
    expect(profileFileName('C:\\p\\web.json')).toBe('web.json')
    expect(profileFileName('./seccomp/')).toBe('seccomp-profile.json')
  })
  it('writes tab-indented JSON that reads back to the profile', () => {
    const text = profileJson(emptyAllowList())
    expect(text.startsWith('{\n\t"defaultAction": "SCMP_ACT_ERRNO"')).toBe(true)
    expect(JSON.parse(text)).toEqual(emptyAllowList())
  })
})
