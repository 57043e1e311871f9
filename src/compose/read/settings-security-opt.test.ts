import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { labelProblem, readNoNewPrivileges, readSecurityOpts } from './settings-security-opt'

const service = (body: string) => parseCompose(`services:\n  s:\n${body.replace(/^/gm, '    ')}\n`).services[0]

describe('readSecurityOpts', () => {
  it('keeps the spelling as written beside the meaning', () => {
    const [o] = readSecurityOpts(service('security_opt: ["Seccomp = ${PROFILE}"]'))
    expect(o).toMatchObject({ key: 'seccomp', rawKey: 'Seccomp', separator: '=', rawValue: '${PROFILE}', valueUnknown: true })
    expect(o.value).toBeUndefined()
    const [whole] = readSecurityOpts(service('security_opt: ["${OPT}"]'))
    expect([whole.key, whole.valueUnknown]).toEqual([undefined, true])
  })

  it('reads unconfined SELinux labels in any letter case', () => {
    const opts = readSecurityOpts(service('security_opt: ["label:disable", "label=TYPE:spc_t", "label:type:container_t"]'))
    expect(opts.map(labelProblem)).toEqual(['disable', 'type', undefined])
  })
})

describe('readNoNewPrivileges', () => {
  const verdict = (items: string) => readNoNewPrivileges(service(`security_opt: ${items}`))
  it('lets the last item about it decide, and says how it reads', () => {
    expect(verdict('[no-new-privileges:false, no-new-privileges]')).toMatchObject({ value: true, verdict: 'true', index: 1 })
    expect(verdict('["no-new-privileges=false"]')).toMatchObject({ value: false, verdict: 'false' })
    expect(verdict('["no-new-privileges:maybe"]')).toMatchObject({ value: null, verdict: 'invalid' })
    expect(verdict('["no-new-privileges:${NNP}"]')).toMatchObject({ value: null, verdict: 'unknown' })
    expect(verdict('[seccomp:unconfined]')).toEqual({ value: null })
  })

  it('treats an item whose name is a variable without default as possibly the deciding one', () => {
    expect(verdict('[no-new-privileges:true, "${OPT}"]')).toMatchObject({ value: null, verdict: 'unknown', index: 1 })
    expect(verdict('["${OPT}", no-new-privileges:true]')).toMatchObject({ value: true, verdict: 'true', index: 1 })
  })
})
