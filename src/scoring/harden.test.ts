import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { harden, hardenSession, scoreDrop } from './harden'
import { reportForText } from './report'

const SECURE = readFileSync(new URL('../examples/secure-app.yaml', import.meta.url), 'utf8')
const WEAK = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n'

describe('harden', () => {
  it('returns the new text with the reports before and after', () => {
    const r = harden(WEAK, { unsafe: true })
    expect(r.before.score?.grade).toBe('F')
    expect(r.after.score!.value).toBeGreaterThan(r.before.score!.value)
    expect(r.after).toEqual(reportForText(r.text).report)
    expect(r.applied.length).toBeGreaterThan(0)
  })

  it('changes nothing in the secure example', () => {
    const r = harden(SECURE, { unsafe: true })
    expect(r.text).toBe(SECURE)
    expect(r.applied).toEqual([])
    expect(r.after.score).toMatchObject({ value: 100, grade: 'A' })
  })

  it('passes waivers and ticks through to both reports', () => {
    const r = harden(WEAK, { unsafe: false, waivers: [{ ruleId: 'no-privileged', service: 'web', reason: 'kvm' }], ticked: ['audit-events'] })
    expect(r.before.findings.find((f) => f.ruleId === 'no-privileged')?.waived).toMatchObject({ reason: 'kvm' })
    expect(r.after.findings.find((f) => f.ruleId === 'no-privileged')?.waived).toMatchObject({ reason: 'kvm' })
    expect(r.after.checklist.find((c) => c.id === 'audit-events')?.status).toBe('pass')
  })

  it('returns invalid YAML unchanged with its errors', () => {
    const r = harden('services: [\n', { unsafe: true })
    expect(r.text).toBe('services: [\n')
    expect(r.before.errors.length).toBeGreaterThan(0)
    expect(r.after).toBe(r.before)
  })
})

describe('hardenSession', () => {
  it('scores a text for the check as its report does', () => {
    const texts = [WEAK, SECURE, WEAK.replace('privileged: true', 'privileged: true # secure-compose: ignore no-privileged -- kvm')]
    for (const text of texts) {
      for (const waivers of [[], [{ ruleId: 'require-cap-drop-all', service: 'db', reason: 'x' }]]) {
        const session = hardenSession(text, { waivers })
        const file = session.parse(text)
        const { services, score } = session.reportOf(file)
        const got = session.scoresOf(session.parse(text + '\n'))
        expect({ services: got.services, score: got.score }).toEqual({ services, score })
      }
    }
  })
})

describe('scoreDrop', () => {
  it('names the service whose score would drop', () => {
    const a = reportForText(WEAK).report
    const b = reportForText(WEAK.replace('    image: postgres:16\n', '    image: postgres:16\n    privileged: true\n')).report
    expect(scoreDrop(a, b)).toMatch(/service "db" from \d+ to \d+/)
    expect(scoreDrop(b, a)).toBeUndefined()
  })
})
