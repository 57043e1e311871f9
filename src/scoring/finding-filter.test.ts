import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { analyze } from '../rules/engine'
import { RULE_BY_ID } from '../rules/registry'
import { NO_FILTER, filterFindings, groupByRule, isFiltered } from './finding-filter'

const TEXT = `services:
  web:
    image: nginx
    privileged: true
  api:
    image: ghcr.io/example/api:1.0
  worker:
    image: ghcr.io/example/worker:1.0
`
const findings = analyze(parseCompose(TEXT))
const title = (id: string) => RULE_BY_ID.get(id)?.title ?? ''

describe('filter', () => {
  it('passes everything without a filter', () => {
    expect(filterFindings(findings, NO_FILTER)).toEqual(findings)
    expect(isFiltered(NO_FILTER)).toBe(false)
  })

  it('filters by severity, by service, and by words of the rule, title, message or service', () => {
    expect(filterFindings(findings, { ...NO_FILTER, severity: 'critical' }).map((f) => `${f.ruleId} ${f.service}`)).toEqual(['no-privileged web'])
    expect(new Set(filterFindings(findings, { ...NO_FILTER, service: 'api' }).map((f) => f.service))).toEqual(new Set(['api']))
    expect(filterFindings(findings, { ...NO_FILTER, query: 'PINNING web' }).map((f) => `${f.ruleId} ${f.service}`)).toEqual(['require-image-pinning web'])
    // "Pin image versions" is the rule's title, not in its id or message.
    expect(filterFindings(findings, { ...NO_FILTER, query: 'pin image versions' }, title).map((f) => f.service)).toEqual(['web'])
    expect(filterFindings(findings, { ...NO_FILTER, query: 'no such words' })).toEqual([])
  })
})

describe('group by rule', () => {
  it('puts the worst rule first and lists the services each fires on, with those a safe fix covers', () => {
    const groups = groupByRule(findings)
    expect(groups[0]).toMatchObject({ ruleId: 'no-privileged', severity: 'critical', services: ['web'] })
    const nonRoot = groups.find((g) => g.ruleId === 'require-non-root-user')!
    expect(nonRoot.services).toEqual(['web', 'api', 'worker'])
    const readOnly = groups.find((g) => g.ruleId === 'require-no-new-privileges')!
    expect(readOnly.safeServices).toEqual(['web', 'api', 'worker'])
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(findings.length)
  })
})
