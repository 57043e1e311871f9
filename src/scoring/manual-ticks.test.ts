import { describe, expect, it } from 'vitest'
import { isManualItem, manualTicks, withTick } from './manual-ticks'

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
