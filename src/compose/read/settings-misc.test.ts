import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { readHealthcheck } from './settings-misc'

const service = (body: string) => parseCompose(`services:\n  s:\n${body.replace(/^/gm, '    ')}\n`).services[0]

describe('readHealthcheck', () => {
  it('says what disables it: `disable: true` first, then a list test of NONE in any letter case', () => {
    expect(readHealthcheck(service('healthcheck: {disable: true, test: [NONE]}'))).toMatchObject({ disabled: true, disabledBy: 'disable' })
    expect(readHealthcheck(service('healthcheck: {test: [" none "]}'))).toMatchObject({ disabled: true, disabledBy: 'none' })
    expect(readHealthcheck(service('healthcheck: {test: NONE}'))).toMatchObject({ disabled: false, disabledBy: undefined })
  })
})
