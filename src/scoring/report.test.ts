import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import type { Finding } from '../rules/types'
import { buildReport, reportForText } from './report'

const secureApp = readFileSync(new URL('../examples/secure-app.yaml', import.meta.url), 'utf8')

describe('report', () => {
  it('scores the seed secure example 100/A, every automatic checklist item passing', () => {
    const { report } = reportForText(secureApp)
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([])
    expect(report.findings).toEqual([])
    expect(report.score).toEqual({ value: 100, grade: 'A', mean: 100, weakest: ['app', 'db'] })
    expect(report.services.map((s) => [s.name, s.score, s.grade])).toEqual([['app', 100, 'A'], ['db', 100, 'A']])
    const automatic = report.checklist.filter((c) => c.status !== 'manual')
    expect(automatic).toHaveLength(16)
    expect(automatic.filter((c) => c.status !== 'pass').map((c) => `${c.item}: ${c.status}`)).toEqual([])
    expect(report.checklist.filter((c) => c.status === 'manual').map((c) => c.id)).toEqual(['monitor-resources', 'audit-events'])
  })

  it('gives a privileged service F, and the file F', () => {
    const { report } = reportForText(secureApp.replace('    user: "1000:1000"', '    privileged: true\n    user: "1000:1000"'))
    const app = report.services.find((s) => s.name === 'app')
    expect(app).toMatchObject({ score: 60, grade: 'F' })
    expect(report.score).toMatchObject({ value: 60, grade: 'F', mean: 80, weakest: ['app'] })
    expect(report.findings.map((f) => f.ruleId)).toContain('no-privileged')
    const item = report.checklist.find((c) => c.id === 'no-privileged')
    expect(item).toMatchObject({ status: 'fail', failing: ['app'] })
  })

  it('has no score for a file without services, and says why', () => {
    for (const text of ['', 'name: x\n', 'services: {}\n', 'volumes:\n  data: {}\n']) {
      const { report } = reportForText(text)
      expect(report.score).toBeNull()
      expect(report.noScoreReason).toMatch(/nothing to score/)
      expect(report.services).toEqual([])
      expect(report.checklist.filter((c) => c.status !== 'manual').every((c) => c.status === 'n/a')).toBe(true)
    }
  })

  it('has no score for invalid YAML, and names the line', () => {
    const { report } = reportForText('services:\n  web:\n    image: [unclosed\n')
    expect(report.errors.length).toBeGreaterThan(0)
    expect(report.score).toBeNull()
    expect(report.noScoreReason).toMatch(/cannot be analysed \(line \d+, column \d+\)/)
  })

  it('shows waived findings but does not count them', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n'
    const file = parseCompose(text)
    const fake: Finding = { ruleId: 'no-privileged', severity: 'critical', service: 'web', messageId: 'service', message: 'x', line: 4, column: 5, fix: 'unsafe' }
    const waived = buildReport(file, [fake], { waivers: [{ ruleId: 'no-privileged', service: 'web', reason: 'needs /dev/kvm' }] })
    expect(waived.findings).toEqual([{ ...fake, waived: { reason: 'needs /dev/kvm', line: 4 } }])
    expect(waived.services[0]).toMatchObject({ score: 100, grade: 'A' })
    const item = waived.checklist.find((c) => c.id === 'no-privileged')
    expect(item).toMatchObject({ status: 'waived', failing: [] })
    expect(item?.services[0]).toMatchObject({ status: 'waived', waived: [{ ruleId: 'no-privileged', reason: 'needs /dev/kvm' }] })
    const counted = buildReport(file, [fake], { waivers: [{ ruleId: 'no-privileged', service: 'other', reason: 'r' }] })
    expect(counted.services[0]).toMatchObject({ score: 60, grade: 'F' })
  })

  it('does not count file-level findings toward any service', () => {
    const file = parseCompose('services:\n  web:\n    image: nginx:1.27\n')
    const fileLevel: Finding = { ruleId: 'unsupported-reference', severity: 'info', service: null, messageId: 'include', message: 'x', line: 1, column: 1, fix: 'none' }
    const highFileLevel = { ...fileLevel, severity: 'high' as const }
    const r = buildReport(file, [fileLevel, highFileLevel])
    expect(r.services[0].score).toBe(100)
    expect(r.findings).toHaveLength(2)
  })
})
