import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { analyze } from './engine'
import { FIX_ORDER, hardenOutcome, hardenText, orderedFixRules } from './harden'
import { RULES } from './registry'

const TEXT = `# a comment that must stay
services:
  web:
    image: nginx:1.27
    # why it is privileged
    privileged: true
    security_opt: [seccomp:unconfined]
    ports: ["8080:80"]
  db:
    image: postgres:16
    ports:
      - "5432:5432"
`

describe('FIX_ORDER', () => {
  it('lists every rule that has a fix, once, and only those', () => {
    const fixable = RULES.filter((r) => r.fix !== 'none').map((r) => r.id).sort()
    expect([...FIX_ORDER].sort()).toEqual(fixable)
    expect(new Set(FIX_ORDER).size).toBe(FIX_ORDER.length)
  })

  it('runs removals before the additions that would otherwise touch what is removed', () => {
    const ids = orderedFixRules().map((r) => r.id)
    const before = (a: string, b: string) => expect(ids.indexOf(a), `${a} before ${b}`).toBeLessThan(ids.indexOf(b))
    before('no-privileged', 'require-cap-drop-all')
    before('no-dangerous-capabilities', 'require-cap-drop-all')
    before('no-exposed-database-ports', 'require-port-host-ip')
    before('require-tmpfs-size', 'require-read-only-rootfs')
    before('require-cap-drop-all', 'require-internal-network-for-database')
  })
})

describe('hardenText', () => {
  it('applies only safe fixes unless unsafe is set, and says why the rest remain', () => {
    const safe = hardenText(TEXT, { unsafe: false })
    expect(safe.applied.every((f) => f.fix === 'safe')).toBe(true)
    expect(safe.applied.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['no-seccomp-unconfined', 'require-no-new-privileges']))
    expect(safe.text).toContain('privileged: true')
    const reasons = new Set(safe.skipped.map((s) => s.reason))
    expect(reasons).toEqual(new Set(['unsafe fix not selected', 'no automatic fix: change it by hand']))
    expect(safe.skipped.find((s) => s.finding.ruleId === 'no-privileged')?.reason).toBe('unsafe fix not selected')
  })

  it('with unsafe, leaves no fixable finding and keeps the comment lines', () => {
    const all = hardenText(TEXT, { unsafe: true })
    const left = analyze(parseCompose(all.text)).filter((f) => f.fix !== 'none')
    expect(left).toEqual([])
    expect(all.skipped.every((s) => s.finding.fix === 'none')).toBe(true)
    expect(all.text).toMatch(/^# a comment that must stay\n/)
    expect(all.text).toContain('    # why it is privileged\n')
    expect(all.text).not.toContain('privileged: true')
  })

  it('places a fixed finding the input did not have (an earlier fix made it) at its service in the input', () => {
    const input = parseCompose(TEXT)
    const made = { ruleId: 'require-tmpfs-size', severity: 'low' as const, service: 'db', messageId: 'noSize', message: 'm', line: 40, column: 7, fix: 'safe' as const, at: ['tmpfs', 0] }
    const out = hardenOutcome(input, [], { file: input, applied: [[made]], failures: new Map() }, { unsafe: true })
    expect(out.applied).toEqual([{ ...made, line: 9, column: 3 }])
  })

  it('reports applied findings at their positions in the input', () => {
    const all = hardenText(TEXT, { unsafe: true })
    const priv = all.applied.find((f) => f.ruleId === 'no-privileged')
    expect(priv).toMatchObject({ service: 'web', line: 6, column: 5 })
  })

  it('is idempotent and deterministic', () => {
    const once = hardenText(TEXT, { unsafe: true })
    expect(hardenText(once.text, { unsafe: true }).text).toBe(once.text)
    expect(hardenText(TEXT, { unsafe: true })).toEqual(once)
  })

  it('applies only the findings `only` selects', () => {
    const onlyDb = hardenText(TEXT, { unsafe: true, only: (f) => f.service === 'db' })
    expect(onlyDb.applied.every((f) => f.service === 'db')).toBe(true)
    expect(onlyDb.text).toContain('privileged: true')
    expect(onlyDb.skipped.find((s) => s.finding.ruleId === 'no-privileged')?.reason).toBe('not selected')
  })

  it('reverts a step the check vetoes, and reports it', () => {
    const vetoed = hardenText(TEXT, { unsafe: true, check: (_p, _n, ruleId) => (ruleId === 'no-privileged' ? 'vetoed' : undefined) })
    expect(vetoed.text).toContain('privileged: true')
    expect(vetoed.skipped.find((s) => s.finding.ruleId === 'no-privileged')?.reason).toBe('vetoed')
  })

  it('leaves invalid YAML alone', () => {
    const bad = 'services:\n  web:\n    image: a\n    image: b\n'
    expect(hardenText(bad, { unsafe: true })).toEqual({ text: bad, applied: [], skipped: [] })
  })
})
