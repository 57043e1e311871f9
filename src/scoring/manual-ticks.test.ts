import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { analyze } from '../rules/engine'
import { buildReport } from './report'
import { isManualItem, manualTicks, withManualTicks, withTick } from './manual-ticks'

describe('manual ticks', () => {
  it('keep only manual item ids, once each, in checklist order', () => {
    expect(manualTicks(['audit-events', 'no-privileged', 'monitor-resources', 'audit-events'])).toEqual(['monitor-resources', 'audit-events'])
    expect(isManualItem('audit-events')).toBe(true)
    expect(isManualItem('no-privileged')).toBe(false)
  })

  it('tick and untick without duplicates', () => {
    expect(withTick([], 'audit-events', true)).toEqual(['audit-events'])
    expect(withTick(['audit-events'], 'monitor-resources', true)).toEqual(['monitor-resources', 'audit-events'])
    expect(withTick(['audit-events'], 'audit-events', true)).toEqual(['audit-events'])
    expect(withTick(['monitor-resources', 'audit-events'], 'monitor-resources', false)).toEqual(['audit-events'])
  })
})

describe('withManualTicks', () => {
  const file = parseCompose('services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:17\n')
  const findings = analyze(file)

  it('gives the checklist that building it with the ticks gives', () => {
    for (const ticks of [[], ['monitor-resources'], ['audit-events'], ['monitor-resources', 'audit-events']] as const) {
      const untouched = buildReport(file, findings).checklist
      expect(withManualTicks(untouched, manualTicks([...ticks]))).toEqual(buildReport(file, findings, { ticked: manualTicks([...ticks]) }).checklist)
    }
  })

  it('returns the same list when nothing is ticked', () => {
    const checklist = buildReport(file, findings).checklist
    expect(withManualTicks(checklist, [])).toBe(checklist)
  })
})
