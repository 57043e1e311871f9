import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppStore } from './app-state'
import { selectAnalysisStale, selectFindingGroups, selectFindings, selectReport } from './analysis-selectors'
import { createAppStore } from './create-app-store'

const TEXT = `services:
  web:
    image: nginx:1.27
    privileged: true
  db:
    image: postgres:16
`

describe('analysis selectors', () => {
  let store: AppStore
  beforeEach(() => {
    vi.useFakeTimers()
    store = createAppStore({ initialText: TEXT })
  })
  afterEach(() => {
    store.getState().actions.dispose()
    vi.useRealTimers()
  })

  it('are stable for an unchanged state (React needs equal snapshots)', () => {
    const s = store.getState()
    expect(selectFindings(s)).toBe(selectFindings(s))
    expect(selectFindingGroups(s)).toBe(selectFindingGroups(s))
    expect(selectReport(s)).toBe(selectReport(s))
  })

  it('follow typing only after the analyse delay', () => {
    const web = () => selectReport(store.getState()).services.find((s) => s.name === 'web')!
    const before = web().score
    store.getState().actions.setText(TEXT.replace('    privileged: true\n', ''))
    expect(selectFindings(store.getState()).some((x) => x.ruleId === 'no-privileged')).toBe(true)
    vi.advanceTimersByTime(200)
    expect(selectFindings(store.getState()).some((x) => x.ruleId === 'no-privileged')).toBe(false)
    expect(web().score).toBeGreaterThan(before)
    expect(web().counted.map((c) => c.ruleId)).not.toContain('no-privileged')
  })

  it('keep the last readable analysis while the YAML is broken, and say so', () => {
    const findings = selectFindings(store.getState())
    store.getState().actions.setText(TEXT + '  oops: [\n')
    vi.advanceTimersByTime(200)
    expect(selectAnalysisStale(store.getState())).toBe(true)
    expect(selectFindings(store.getState())).toEqual(findings)
  })

  it('report manual ticks as passing checklist items', () => {
    const item = () => selectReport(store.getState()).checklist.find((e) => e.id === 'audit-events')!
    expect(item().status).toBe('manual')
    store.getState().actions.setTicked('audit-events', true)
    expect(item().status).toBe('pass')
  })
})
