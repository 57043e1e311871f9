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

describe('no-sensitive-host-mounts details', () => {
  it('grades read-write above read-only, in both syntaxes', () => {
    expect(found(fixture('fire/long-syntax.yaml'))).toEqual([
      'collector read-only medium none', 'collector read-write high none', 'collector read-write high none', 'collector read-only medium none',
    ])
  })

  it('reports the normalised path', () => {
    const findings = analyze(parseCompose(fixture('fire/normalised-paths.yaml')), [rule])
    expect(findings.map((f) => f.data?.path)).toEqual([
      '/etc', '/etc/ssl', '/proc', '/var/lib/docker', '/etc/passwd', '/etc/app', '/lib64', '/bin', '/root',
    ])
  })
})
