import { describe, expect, it } from 'vitest'
import { CAPABILITIES } from './capabilities'
import { DOCKER_DEFAULT_CAPS, isCapabilityName, normalizeCap } from './settings-caps'

describe('capability catalogue', () => {
  it('lists the 41 capabilities numbered 0 to 40 once each', () => {
    expect(CAPABILITIES.map((c) => c.number)).toEqual([...Array(41).keys()])
    expect(new Set(CAPABILITIES.map((c) => c.name)).size).toBe(41)
  })
  it("marks exactly Docker's 14 defaults", () => {
    expect(CAPABILITIES.filter((c) => c.dockerDefault).map((c) => c.name).sort()).toEqual([...DOCKER_DEFAULT_CAPS].sort())
  })
  it('ranks the capabilities the rule treats as critical or high accordingly', () => {
    const high = ['SYS_MODULE', 'SYS_RAWIO', 'SYS_PTRACE', 'SYS_BOOT', 'SYS_TIME', 'DAC_READ_SEARCH', 'NET_ADMIN', 'BPF', 'PERFMON', 'MAC_ADMIN', 'MAC_OVERRIDE', 'LINUX_IMMUTABLE', 'SYSLOG']
    expect(CAPABILITIES.filter((c) => c.risk === 'high').map((c) => c.name).sort()).toEqual(high.sort())
    expect(CAPABILITIES.filter((c) => c.risk === 'critical').map((c) => c.name)).toEqual(['SYS_ADMIN'])
  })
})

describe('capability names', () => {
  it('reads any case with or without CAP_, but CAP_ALL is not ALL (Docker refuses it)', () => {
    expect(['cap_net_bind_service', ' Chown ', 'ALL', 'all', 'CAP_ALL', 'cap_all'].map(normalizeCap))
      .toEqual(['NET_BIND_SERVICE', 'CHOWN', 'ALL', 'ALL', 'CAP_ALL', 'CAP_ALL'])
  })
  it('accepts the 41 capabilities and the bare word ALL only', () => {
    expect(['ALL', 'SYS_ADMIN', 'CHECKPOINT_RESTORE'].every(isCapabilityName)).toBe(true)
    expect(['CAP_ALL', 'NET_BIND', 'SYS_ADMINS', ''].some(isCapabilityName)).toBe(false)
  })
})
