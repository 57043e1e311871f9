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

describe('no-host-namespaces details', () => {
  it('has no fix for an inherited pid, uts or userns_mode, and overrides an inherited ipc or cgroup', () => {
    expect(found(fixture('fire/inherited.yaml'))).toEqual([
      'app ipc high unsafe', 'app pid high none', 'multi ipc high unsafe', 'base uts high unsafe', 'child uts high none',
    ])
    const file = parseCompose(fixture('fix/inherited.yaml'))
    const [finding] = analyze(file, [rule])
    expect(rule.fixPlan?.({ file, service: file.services[0], finding })?.ops).toEqual([
      { kind: 'set', path: ['services', 'app', 'ipc'], value: 'private' },
      { kind: 'set', path: ['services', 'app', 'cgroup'], value: 'private' },
    ])
  })

  it('reads any letter case and a variable default', () => {
    expect(found(fixture('fire/case-and-interpolation.yaml'))).toEqual([
      'web pid high unsafe', 'web ipc high unsafe', 'api userns_mode high unsafe', 'tools cgroup high unsafe',
    ])
  })
})
