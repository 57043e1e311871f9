import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { readIsolation } from './settings-isolation'

const service = (body: string) => parseCompose(`services:\n  s:\n${body.replace(/^/gm, '    ')}\n`).services[0]

describe('readIsolation', () => {
  it('reads privileged as a boolean and a namespace as the host\'s in any letter case', () => {
    expect(readIsolation(service('privileged: "true"'), 'privileged')).toMatchObject({ on: true, unknown: false })
    expect(readIsolation(service('pid: HOST'), 'pid').on).toBe(true)
    expect(readIsolation(service('ipc: "${IPC:-host}"'), 'ipc').on).toBe(true)
    expect(readIsolation(service('ipc: "${IPC}"'), 'ipc')).toMatchObject({ on: false, unknown: true })
    expect(readIsolation(service('cgroup: private'), 'cgroup').on).toBe(false)
  })
})
