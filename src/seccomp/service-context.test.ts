import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { serviceSeccompContext } from './service-context'

const service = (yaml: string) => parseCompose(`services:\n  app:\n    image: nginx\n${yaml}`).services[0]

describe('the container a service describes', () => {
  it('reads the effective capabilities: Docker\'s defaults, minus drops, plus adds', () => {
    const s = serviceSeccompContext(service('    cap_drop: [ALL]\n    cap_add: [sys_admin]\n'))
    expect(s.caps).toEqual(['SYS_ADMIN'])
    expect([...s.ctx.caps]).toEqual(['CAP_SYS_ADMIN'])
    expect(s.privileged).toBe(false)
    expect(serviceSeccompContext(service('')).caps).toContain('SYS_CHROOT')
  })
  it('gives a privileged service every capability and says it is privileged', () => {
    const s = serviceSeccompContext(service('    privileged: true\n'))
    expect(s.privileged).toBe(true)
    expect(s.caps).toHaveLength(41)
  })
})
