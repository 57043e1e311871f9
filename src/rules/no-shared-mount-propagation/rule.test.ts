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

describe('no-shared-mount-propagation details', () => {
  it('keeps the other modes when it removes the propagation', () => {
    const file = parseCompose('services:\n  a:\n    volumes: ["/s:/d:ro,RShared,z", "/t:/t:shared"]\n')
    const [finding] = analyze(file, [rule])
    expect(rule.fixPlan?.({ file, service: file.services[0], finding })?.ops).toEqual([
      { kind: 'set', path: ['services', 'a', 'volumes', 1], value: '/t:/t' },
      { kind: 'set', path: ['services', 'a', 'volumes', 0], value: '/s:/d:ro,z' },
    ])
  })

  it('has no fix on the extending service for a mount merged from its base', () => {
    expect(found(fixture('fire/inherited.yaml'))).toEqual([
      'app shared medium safe', 'multi shared medium safe', 'base shared medium safe', 'child shared medium none', 'mixed shared medium none',
    ])
  })
})
