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

describe('no-seccomp-unconfined details', () => {
  it('names the item and leaves items merged from an extends base to the base service', () => {
    expect(found(fixture('fire/extends.yaml'))).toEqual([
      'base unconfined high safe',
      'child unconfined high none',
      'mixed unconfined high none',
      'mixed unconfined high safe',
    ])
    const [first] = analyze(parseCompose(fixture('fire/block-and-flow.yaml')), [rule])
    expect(first.data).toEqual({ item: 'seccomp:unconfined' })
  })

  it('never fires on a value that only a variable without default decides', () => {
    expect(found('services:\n  a:\n    security_opt: ["seccomp:${PROFILE}", "${OPT}"]\n')).toEqual([])
  })
})
