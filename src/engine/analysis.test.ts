import { describe, expect, it } from 'vitest'
import { analyseText } from './analysis'

const PROXY = `services:
  proxy:
    image: traefik:v3.1
    ports:
      - "80:80"
`

describe('analyseText with waivers', () => {
  it('keeps waived findings apart: not among the findings, groups or markers that count, but with reason and line', () => {
    const text = PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore require-port-host-ip -- public reverse proxy')
    const before = analyseText({ text: PROXY })
    const after = analyseText({ text })
    expect(after.waived.map((f) => [f.ruleId, f.service, f.line, f.waived])).toEqual([['require-port-host-ip', 'proxy', 5, { reason: 'public reverse proxy', line: 5 }]])
    expect(after.findings).toEqual(before.findings.filter((f) => f.ruleId !== 'require-port-host-ip'))
    expect(after.groups.flatMap((g) => g.severities.flatMap((s) => s.findings))).toHaveLength(after.findings.length)
    expect(after.report.findings).toHaveLength(before.findings.length)
    expect(after.report.score!.value).toBeGreaterThan(before.report.score!.value)
    // Plain data: what the worker sends as JSON comes back the same.
    expect(JSON.parse(JSON.stringify(after))).toEqual(after)
  })

  it('has no waived findings without waivers', () => {
    expect(analyseText({ text: PROXY }).waived).toEqual([])
  })
})
