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

describe('no-host-devices details', () => {
  it('sorts devices into memory, disks, CDI, variables and the rest', () => {
    expect(found(fixture('fire/long-cdi-variables.yaml'))).toEqual([
      'storage disk high none', 'storage device medium none', 'storage disk high none', 'gpu cdi medium none',
      'gpu device medium none', 'gpu variable medium none', 'gpu disk high none', 'gpu cdi medium none',
    ])
    expect(found(fixture('fire/short-syntax.yaml')).filter((f) => f.startsWith('memory'))).toEqual([
      'memory memory high none', 'memory memory high none', 'memory memory high none',
    ])
  })
})
