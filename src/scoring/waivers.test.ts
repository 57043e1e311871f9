import { describe, expect, it } from 'vitest'
import { reportForText } from './report'

const PROXY = `services:
  proxy:
    image: traefik:v3.1
    ports:
      - "80:80"
`
const WAIVED = PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore require-port-host-ip, no-privileged-host-ports -- public reverse proxy')

const item = (r: ReturnType<typeof reportForText>['report'], id: string) => r.checklist.find((c) => c.id === id)

describe('waivers in the report', () => {
  it('keeps waived findings with their reason and the waiver line; they do not count in the score or the checklist', () => {
    const before = reportForText(PROXY).report
    const after = reportForText(WAIVED).report
    const port = (r: typeof after) => r.findings.filter((f) => f.ruleId === 'require-port-host-ip' || f.ruleId === 'no-privileged-host-ports')
    expect(port(before).map((f) => f.waived)).toEqual([undefined, undefined])
    expect(port(after).map((f) => [f.ruleId, f.line, f.waived])).toEqual([
      ['require-port-host-ip', 5, { reason: 'public reverse proxy', line: 5 }],
      ['no-privileged-host-ports', 5, { reason: 'public reverse proxy', line: 5 }],
    ])
    expect(after.score!.value - before.score!.value).toBe(7 + 3)
    expect(after.findings.some((f) => f.ruleId === 'invalid-waiver')).toBe(false)
    expect(item(before, 'bind-localhost')).toMatchObject({ status: 'fail', failing: ['proxy'] })
    expect(item(after, 'bind-localhost')).toMatchObject({ status: 'waived', failing: [] })
    expect(item(after, 'bind-localhost')?.services[0]).toMatchObject({ status: 'waived', reasons: [], waived: [{ ruleId: 'require-port-host-ip', reason: 'public reverse proxy' }] })
    expect(item(after, 'no-unnecessary-ports')).toMatchObject({ status: 'waived', failing: [] })
  })

  it('waives from a service key line every finding of the rule on that service, and with ignore-file everywhere', () => {
    const text = `# secure-compose: ignore-file require-healthcheck -- probed by the load balancer
services:
  proxy:  # secure-compose: ignore require-port-host-ip -- public reverse proxy
    image: traefik:v3.1
    ports: ["80:80", "443:443"]
  web:
    image: nginx:1.27
    ports: ["8080:80"]
`
    const { report } = reportForText(text)
    const of = (ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId).map((f) => [f.service, f.waived?.line ?? null])
    expect(of('require-port-host-ip')).toEqual([['proxy', 3], ['proxy', 3], ['web', null]])
    expect(of('require-healthcheck')).toEqual([['proxy', 1], ['web', 1]])
    expect(item(report, 'healthchecks')).toMatchObject({ status: 'waived' })
    expect(item(report, 'bind-localhost')).toMatchObject({ status: 'fail', failing: ['web'] })
  })

  it('does not waive with an invalid waiver: it reports it instead', () => {
    const { report } = reportForText(PROXY.replace('"80:80"', '"80:80"  # secure-compose: ignore require-port-host-ip'))
    expect(report.findings.filter((f) => f.waived)).toEqual([])
    expect(report.findings.filter((f) => f.ruleId === 'invalid-waiver').map((f) => [f.line, f.messageId, f.severity, f.fix])).toEqual([[5, 'noReason', 'info', 'safe']])
  })
})
