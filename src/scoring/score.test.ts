import { describe, expect, it } from 'vitest'
import type { Finding, Severity } from '../rules/types'
import { gradeFor, scoreFile, scoreService, WEIGHTS } from './score'

const finding = (ruleId: string, severity: Severity, service: string | null = 'web'): Finding =>
  ({ ruleId, severity, service, messageId: 'm', message: 'm', line: 1, column: 1, fix: 'none' })

describe('scoreService', () => {
  it('subtracts the spec weights from 100', () => {
    expect(WEIGHTS).toEqual({ critical: 40, high: 15, medium: 7, low: 3, info: 0 })
    const s = scoreService('web', [finding('a', 'high'), finding('b', 'medium'), finding('c', 'low'), finding('d', 'info')])
    expect(s.score).toBe(100 - 15 - 7 - 3)
    expect(s.grade).toBe('C')
  })

  it('counts a rule once per service, at its highest severity there', () => {
    const s = scoreService('web', [finding('caps', 'low'), finding('caps', 'high'), finding('caps', 'low')])
    expect(s.score).toBe(85)
    expect(s.counted).toEqual([{ ruleId: 'caps', severity: 'high', weight: 15 }])
  })

  it('ignores other services and file-level findings', () => {
    const s = scoreService('web', [finding('a', 'high', 'db'), finding('unsupported-reference', 'critical', null)])
    expect(s).toMatchObject({ score: 100, grade: 'A', counted: [] })
  })

  it('never goes below 0, and any critical makes the service F', () => {
    const many = ['a', 'b', 'c'].map((id) => finding(id, 'critical'))
    expect(scoreService('web', many).score).toBe(0)
    const one = scoreService('web', [finding('a', 'critical')])
    expect(one.score).toBe(60)
    expect(one.grade).toBe('F')
  })
})

describe('gradeFor', () => {
  it.each([[100, 'A'], [90, 'A'], [89, 'B'], [80, 'B'], [79, 'C'], [70, 'C'], [69, 'D'], [60, 'D'], [59, 'F'], [0, 'F']] as const)('%i is %s', (score, grade) => {
    expect(gradeFor(score)).toBe(grade)
  })
  it('is F with a critical finding whatever the number', () => expect(gradeFor(97, true)).toBe('F'))
})

describe('scoreFile', () => {
  it('is the lowest service score, with the rounded mean and the weakest services', () => {
    const services = [scoreService('a', []), scoreService('b', [finding('x', 'medium', 'b')]), scoreService('c', [finding('x', 'high', 'c')])]
    expect(scoreFile(services)).toEqual({ value: 85, grade: 'B', mean: Math.round((100 + 93 + 85) / 3), weakest: ['c'] })
  })

  it('is F when any service has a critical finding', () => {
    const services = [scoreService('a', [finding('p', 'critical', 'a')]), scoreService('b', [finding('x', 'high', 'b'), finding('y', 'high', 'b'), finding('z', 'low', 'b')])]
    expect(scoreFile(services)).toMatchObject({ value: 60, grade: 'F', weakest: ['a'] })
  })

  it('has no score without services', () => expect(scoreFile([])).toBeNull())
})
