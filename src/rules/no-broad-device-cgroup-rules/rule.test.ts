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

describe('no-broad-device-cgroup-rules details', () => {
  it('reports every wildcard form once', () => {
    expect(found(fixture('fire/wildcards.yaml'))).toEqual([...Array(7).fill('any broad high none'), 'flow broad high none'])
  })

  it('fires on a literal wildcard even when another part is a variable', () => {
    const findings = analyze(parseCompose(fixture('fire/inherited-and-variables.yaml')), [rule])
    expect(findings.filter((f) => f.service === 'vars').map((f) => f.data?.rule)).toEqual(['c ${USB_MAJOR:-189}:* rwm', 'c ${TTY_MAJOR}:* rwm'])
  })
})
