import { describe, expect, it } from 'vitest'
import { parseCompose } from '../../compose/read/parse'
import { reportForText } from '../../scoring/report'
import { TEMPLATES } from './index'

describe('templates', () => {
  const hardened = TEMPLATES.filter((t) => t.id !== 'empty')

  it('offers a web service, a worker, a database and an empty file', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['web', 'worker', 'database', 'empty'])
  })

  it.each(hardened)('$label parses without errors or warnings', ({ text }) => {
    const file = parseCompose(text)
    expect(file.errors).toEqual([])
    expect(file.warnings).toEqual([])
    expect(file.services.length).toBeGreaterThan(0)
  })

  it.each(hardened)('$label scores 100/A with no findings at all', ({ text }) => {
    const { report } = reportForText(text)
    expect(report.findings.map((f) => `${f.ruleId} (${f.service}): ${f.message}`)).toEqual([])
    expect(report.score).toMatchObject({ value: 100, grade: 'A' })
  })

  it.each(hardened)('$label explains its choices in comments', ({ text }) => {
    expect(text.split('\n').filter((line) => line.includes('#')).length).toBeGreaterThanOrEqual(5)
  })

  it('the empty file parses and has no services yet', () => {
    const empty = TEMPLATES.find((t) => t.id === 'empty')!
    const file = parseCompose(empty.text)
    expect(file.errors).toEqual([])
    expect(file.services).toEqual([])
  })
})
