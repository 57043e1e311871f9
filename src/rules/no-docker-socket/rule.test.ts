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

describe('no-docker-socket details', () => {
  it('says that a read-only socket is still full control', () => {
    expect(found(fixture('fire/short-syntax.yaml'))).toEqual([
      'traefik socket critical unsafe', 'traefik socket-ro critical unsafe',
      'agent socket critical unsafe', 'agent socket critical unsafe', 'agent socket-ro critical unsafe',
      'runner socket critical unsafe', 'runner socket critical unsafe', 'runner socket critical unsafe',
      'runner socket critical unsafe', 'runner socket critical unsafe', 'ui socket critical unsafe',
    ])
  })

  it('names the runtime and the directories that hold a socket', () => {
    expect(found(fixture('fire/long-syntax-and-dirs.yaml'))).toEqual([
      'proxy socket critical unsafe', 'proxy socket-ro critical unsafe', 'host-run runtime-dir critical unsafe',
      'host-run runtime-dir critical unsafe', 'host-run runtime-dir critical unsafe', 'builder api-socket critical unsafe',
    ])
    const findings = analyze(parseCompose(fixture('fire/long-syntax-and-dirs.yaml')), [rule])
    expect(findings[1].data).toMatchObject({ runtime: 'containerd', path: '/run/containerd/containerd.sock' })
  })

  it('leaves a socket merged from an extends base to the base service', () => {
    expect(found(fixture('fire/inherited.yaml'))).toContain('mixed socket critical none')
  })
})
