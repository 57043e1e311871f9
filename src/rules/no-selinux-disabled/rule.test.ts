import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../../compose/read/parse'
import { analyze } from '../engine'
import { describeRule } from '../harness'
import rule from './rule'

describeRule(rule, new URL('./fixtures', import.meta.url))

const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8')
/** `service messageId severity fix` per finding, in report order. */
const found = (text: string) => analyze(parseCompose(text), [rule]).map((f) => `${f.service} ${f.messageId} ${f.severity} ${f.fix}`)

describe('no-selinux-disabled details', () => {
  it('tells label:disable from an unconfined SELinux type', () => {
    expect(found(fixture('fire/unconfined-types.yaml'))).toEqual(['agent type high safe', 'shell type high safe'])
    expect(found(fixture('fire/disable.yaml')).every((f) => f.includes(' disable high safe'))).toBe(true)
  })

  it('does not count a confining type or level as disabled', () => {
    expect(found('services:\n  a:\n    security_opt: [label:type:container_t, "label=level:s0:c1,c2"]\n')).toEqual([])
  })
})
