// Waivers through the command line: the same file gives the same waived findings in JSON, SARIF and text, and a waived
// finding never trips --fail-on.
import { describe, expect, it } from 'vitest'
import type { Io } from './io'
import { run } from './run'

const PROXY = `services:
  proxy:
    image: traefik:v3.1
    privileged: true  # secure-compose: ignore no-privileged -- needs host networking tricks, reviewed
    ports:
      - "80:80"  # secure-compose: ignore require-port-host-ip -- public reverse proxy
      - "443:443"
`

async function cli(argv: string[], text: string) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = {
    readFile: async () => text,
    readStdin: async () => text,
    writeFile: async () => undefined,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: false,
    env: {},
    cwd: '/repo',
  }
  const code = await run(argv, io)
  return { code, stdout: out.join(''), stderr: err.join('') }
}

const check = (args: string[], text = PROXY) => cli(['check', 'compose.yaml', ...args], text)

interface JsonFinding { ruleId: string; line: number; waived?: { reason: string; line: number } }

describe('check with waivers', () => {
  it('JSON keeps waived findings with their reason and the waiver line', async () => {
    const { stdout } = await check(['--format', 'json'])
    const json = JSON.parse(stdout) as { findings: JsonFinding[]; checklist: Array<{ item: string; status: string }> }
    const of = (ruleId: string) => json.findings.filter((f) => f.ruleId === ruleId).map((f) => [f.line, f.waived ?? null])
    expect(of('no-privileged')).toEqual([[4, { reason: 'needs host networking tricks, reviewed', line: 4 }]])
    expect(of('require-port-host-ip')).toEqual([[6, { reason: 'public reverse proxy', line: 6 }], [7, null]])
    expect(json.checklist.find((c) => c.item === 'Never use privileged mode in production')?.status).toBe('waived')
    expect(json.findings.some((f) => f.ruleId === 'invalid-waiver')).toBe(false)
  })

  it('SARIF keeps them as results with an in-source suppression', async () => {
    const { stdout } = await check(['--format', 'sarif'])
    const results = JSON.parse(stdout).runs[0].results as Array<{ ruleId: string; suppressions?: unknown; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }>
    const priv = results.filter((r) => r.ruleId === 'no-privileged')
    expect(priv).toHaveLength(1)
    expect(priv[0].suppressions).toEqual([{ kind: 'inSource', justification: 'needs host networking tricks, reviewed' }])
    const ports = results.filter((r) => r.ruleId === 'require-port-host-ip').map((r) => [r.locations[0].physicalLocation.region.startLine, r.suppressions ?? null])
    expect(ports).toEqual([[6, [{ kind: 'inSource', justification: 'public reverse proxy' }]], [7, null]])
  })

  it('text marks waived findings and does not count them', async () => {
    const { stdout } = await check([])
    expect(stdout).toMatch(/^ {4}4:5 +critical +no-privileged +.* \(waived: needs host networking tricks, reviewed\)$/m)
    expect(stdout).toMatch(/^ {4}6:9 +medium +require-port-host-ip +.* \(waived: public reverse proxy\)$/m)
    expect(stdout).toMatch(/^ {4}7:9 +medium +require-port-host-ip +(?!.*waived).*$/m)
    expect(stdout).not.toMatch(/Score: .*critical/)
  })

  it('never fails on a waived finding: only the unwaived ones trip --fail-on', async () => {
    expect((await check(['--format', 'json'])).code).toBe(1) // require-cap-drop-all and others are high
    const onlyPrivileged = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true  # secure-compose: ignore no-privileged -- reviewed\n'
    expect((await check(['--fail-on', 'critical'], onlyPrivileged)).code).toBe(0)
    expect((await check(['--fail-on', 'critical'], onlyPrivileged.replace(' -- reviewed', ''))).code).toBe(1)
  })
})

describe('fix with waivers', () => {
  it('leaves the fixes of waived findings out, so the waivers stay; an invalid waiver is removed (a safe fix)', async () => {
    const text = `services:
  web:  # secure-compose: ignore require-no-new-privileges -- the entrypoint drops privileges with setuid
    image: nginx:1.27  # secure-compose: ignore no-privileged -- not privileged
    logging: {driver: json-file, options: {max-size: 10m}}
`
    const { code, stdout, stderr } = await cli(['fix', 'compose.yaml'], text)
    expect(code).toBe(0)
    expect(stdout).toBe(`services:
  web:  # secure-compose: ignore require-no-new-privileges -- the entrypoint drops privileges with setuid
    image: nginx:1.27
    logging: {driver: json-file, options: {max-size: 10m}}
`)
    expect(stderr).toMatch(/1 fix applied; .* left: 1 waived, /)
  })
})
