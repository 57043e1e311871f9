import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { analyze } from '../rules/engine'
import type { Finding } from '../rules/types'
import { findingsMemo } from './harden-findings'
import { withAdditions } from './harden-view'
import type { Addition } from './harden-view'

const TEXT = 'services:\n  app:\n    image: postgres:16\n    privileged: true\n    ports: ["5432:5432"]\n'
const app = () => parseCompose(TEXT).services[0].data
const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.ruleId} ${f.messageId} ${f.severity} ${f.message}`)

describe('findingsMemo', () => {
  it('analyses each file once', () => {
    const memo = findingsMemo()
    const file = parseCompose(TEXT)
    expect(memo.of(file)).toBe(memo.of(file))
    expect(memo.of(file)).toEqual(analyze(file))
  })

  it('after keys are added (not written), finds what a fresh analysis finds', () => {
    const memo = findingsMemo()
    const file = parseCompose(TEXT)
    expect(memo.view(file)).toEqual(analyze(file))
    const steps: Array<Record<string, unknown>> = [
      { cap_drop: ['ALL'] },
      { security_opt: ['no-new-privileges:true'] },
      { read_only: true, tmpfs: ['/tmp:size=64m'] },
      { deploy: { resources: { limits: { memory: '512m', cpus: '1', pids: 256 } } } },
      { logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } } },
      { user: '1000:1000' },
    ]
    let prev = file
    let data = app()
    const added: Addition[] = []
    for (const step of steps) {
      data = { ...data, ...step }
      for (const [k, value] of Object.entries(step)) added.push({ at: [], entry: [k], value })
      const next = withAdditions(file, 'app', data, added)
      const got = memo.after(prev, next, 'app', new Set(Object.keys(step)))
      expect(brief(got)).toEqual(brief(analyze(next)))
      expect(memo.of(next)).toBe(got)
      prev = next
    }
    const written = parseCompose(TEXT + added.map((a) => `    ${String(a.entry[0])}: ${JSON.stringify(a.value)}\n`).join(''))
    expect(brief(memo.of(prev))).toEqual(brief(analyze(written)))
  })
})
