import { describe, expect, it } from 'vitest'
import type { Finding } from '../rules/types'
import { groupFindings } from './finding-groups'

const f = (ruleId: string, severity: Finding['severity'], service: string | null, line = 1): Finding =>
  ({ ruleId, severity, service, messageId: 'm', message: ruleId, line, column: 1, fix: 'none' })

describe('groupFindings', () => {
  it('groups by service in document order, file-level last, then by severity worst first', () => {
    const groups = groupFindings(
      [f('a', 'low', 'db', 1), f('inc', 'info', null, 1), f('b', 'critical', 'db', 5), f('c', 'high', 'web', 2), f('d', 'low', 'db', 3)],
      ['web', 'db', 'idle'],
    )
    expect(groups.map((g) => [g.service, g.count, g.severities.map((s) => [s.severity, s.findings.map((x) => x.ruleId)])])).toEqual([
      ['web', 1, [['high', ['c']]]],
      ['db', 3, [['critical', ['b']], ['low', ['a', 'd']]]],
      [null, 1, [['info', ['inc']]]],
    ])
  })
})
