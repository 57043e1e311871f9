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

describe('consider-mac-profile details', () => {
  it('says why no profile counts', () => {
    expect(found(fixture('fire/variables-anchors-extends.yaml'))).toEqual([
      'vars variable info none', 'empty none info none', 'app disabled info none', 'base disabled info none', 'child disabled info none',
    ])
    expect(found(fixture('fire/disabled-only.yaml'))).toEqual(['loose disabled info none', 'nolabel disabled info none', 'spc disabled info none'])
  })

  it('is satisfied by one real profile next to an unconfined one', () => {
    expect(found('services:\n  a:\n    security_opt: [apparmor:unconfined, label:type:my_t]\n')).toEqual([])
  })
})
