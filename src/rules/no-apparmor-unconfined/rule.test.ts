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

describe('no-apparmor-unconfined details', () => {
  it('fixes an item inherited through an anchor by overriding the list on the service', () => {
    const file = parseCompose(fixture('fix/inherited.yaml'))
    const [finding] = analyze(file, [rule])
    const service = file.services.find((s) => s.name === 'app')
    expect(rule.fixPlan?.({ file, service, finding })?.ops).toEqual([
      { kind: 'set', path: ['services', 'app', 'security_opt'], value: ['seccomp:./profile.json'] },
    ])
  })

  it('reports each separator and letter case', () => {
    expect(found(fixture('fire/separators-and-case.yaml'))).toEqual([
      'web unconfined high safe', 'worker unconfined high safe', 'job unconfined high safe', 'api unconfined high safe',
    ])
  })
})
