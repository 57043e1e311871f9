import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/registry'
import type { Finding } from '../rules/types'
import { markerColumns, markerMessage, markerSeverity } from './finding-markers'
import type { MarkedFinding } from './finding-markers'
import { APPLY_FIX_COMMAND, EXPLAIN_COMMAND, OPEN_PANEL_COMMAND, REVIEW_FIX_COMMAND, findingActions, fixTitle } from './quick-fixes'

const finding = (ruleId: string, fix: Finding['fix'], service: string | null = 'web', line = 4): Finding =>
  ({ ruleId, severity: 'high', service, messageId: 'm', message: 'The message.', line, column: 5, fix })
const hit = (f: Finding): MarkedFinding => ({
  finding: f,
  marker: { severity: 8, message: f.message, startLineNumber: f.line, startColumn: 5, endLineNumber: f.line, endColumn: 9 },
})

describe('fix titles', () => {
  it("are the rule's short fix label, short enough for a menu line", () => {
    for (const rule of RULES.filter((r) => r.fix !== 'none')) {
      expect(rule.fixLabel!.length, rule.id).toBeLessThanOrEqual(60)
      expect(fixTitle(finding(rule.id, rule.fix)), rule.id).toContain(rule.fixLabel!)
    }
  })

  it('say when a fix is unsafe', () => {
    expect(fixTitle(finding('no-privileged', 'unsafe'))).toBe('Review fix (unsafe): Remove `privileged: true`')
    expect(fixTitle(finding('require-no-new-privileges', 'safe'))).toBe('Fix: Add `no-new-privileges:true`')
    expect(fixTitle(finding('require-healthcheck', 'none'))).toBeNull()
  })
})

describe('findingActions', () => {
  it('offers safe fixes first (preferred), one per rule and service, then the panels to open, then why each rule fires', () => {
    const actions = findingActions([
      hit(finding('no-privileged', 'unsafe')),
      hit(finding('no-dangerous-capabilities', 'unsafe')),
      hit(finding('no-dangerous-capabilities', 'unsafe')),
      hit(finding('require-no-new-privileges', 'safe')),
      hit(finding('require-healthcheck', 'none')),
    ])
    expect(actions.map((a) => [a.title.replace(/:.*/, ''), a.isPreferred ?? false, a.command?.id])).toEqual([
      ['Fix', true, APPLY_FIX_COMMAND],
      ['Review fix (unsafe)', false, REVIEW_FIX_COMMAND],
      ['Review fix (unsafe)', false, REVIEW_FIX_COMMAND],
      ['Open Isolation for web', false, OPEN_PANEL_COMMAND],
      ['Open Capabilities for web', false, OPEN_PANEL_COMMAND],
      ['Open Security options for web', false, OPEN_PANEL_COMMAND],
      ['Open Health & logging for web', false, OPEN_PANEL_COMMAND],
      ['Why? Never run privileged containers · no-privileged', false, EXPLAIN_COMMAND],
      ['Why? Add no dangerous capabilities · no-dangerous-capabilities', false, EXPLAIN_COMMAND],
      ['Why? Forbid privilege escalation (no-new-privileges) · require-no-new-privileges', false, EXPLAIN_COMMAND],
      ['Why? Define a health check · require-healthcheck', false, EXPLAIN_COMMAND],
    ])
    expect(actions.find((a) => a.command?.id === EXPLAIN_COMMAND)?.command?.arguments).toEqual(['no-privileged'])
    expect(actions[0].kind).toBe('quickfix')
    expect(actions[0].diagnostics).toHaveLength(1)
  })

  it('has no panel action for file-level findings, only the explanation', () => {
    expect(findingActions([hit(finding('unsupported-reference', 'none', null))]).map((a) => a.command?.id)).toEqual([EXPLAIN_COMMAND])
  })
})

describe('markers', () => {
  it('underline the value without its comment, or the line when the column lies past it', () => {
    expect(markerColumns('    privileged: true   # why', 5)).toEqual({ start: 5, end: 21 })
    expect(markerColumns('  web:', 3)).toEqual({ start: 3, end: 7 })
    expect(markerColumns('  web:', 20)).toEqual({ start: 3, end: 7 })
    expect(markerColumns('', 1)).toEqual({ start: 1, end: 2 })
  })

  it('name the rule and the fix kind, and map severities onto Monaco levels', () => {
    expect(markerMessage(finding('no-privileged', 'unsafe'))).toBe('The message.\nno-privileged · unsafe fix (may break the workload): review it with Ctrl+.')
    const monaco = { MarkerSeverity: { Error: 8, Warning: 4, Info: 2, Hint: 1 } } as never
    expect(['critical', 'high', 'medium', 'low', 'info'].map((s) => markerSeverity(monaco, s as never))).toEqual([8, 8, 4, 2, 1])
  })
})
