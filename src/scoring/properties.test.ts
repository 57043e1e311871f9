// Properties over generated compose files: analysis is deterministic, and no fix (one finding's, one rule's, or harden) lowers a score.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyPlan } from '../compose/write/apply-plan'
import { parseCompose } from '../compose/read/parse'
import { analyze } from '../rules/engine'
import { applyRuleFixes, planFix } from '../rules/fix'
import { RULES } from '../rules/registry'
import { harden } from './harden'
import { buildReport, reportForText } from './report'
import type { Report } from './report'

/** Setting fragments as YAML lines under a service (4-space indent), in short and long syntax, with comments. */
const FRAGMENTS: Record<string, readonly string[]> = {
  image: ['image: nginx', 'image: nginx:latest', 'image: nginx:1.27', 'image: postgres:16', 'image: redis', 'image: ghcr.io/x/app:1.0', 'image: ${IMAGE}', 'image: mongo:7'],
  privileged: ['privileged: true', 'privileged: "true"', 'privileged: false'],
  user: ['user: root', 'user: "0:0"', 'user: "1000:1000"', 'user: ${UID}'],
  cap_add: ['cap_add: [SYS_ADMIN]', 'cap_add: [NET_ADMIN, CHOWN]', 'cap_add:\n      - ALL', 'cap_add: [cap_net_bind_service, SYS_PTRACE]'],
  cap_drop: ['cap_drop: [ALL]', 'cap_drop: [NET_RAW]', 'cap_drop:\n      - all'],
  security_opt: ['security_opt: [no-new-privileges:true]', 'security_opt:\n      - no-new-privileges=false\n      - seccomp:unconfined', 'security_opt: ["apparmor=unconfined", "label:disable"]', 'security_opt:\n      # confinement\n      - apparmor:docker-default'],
  read_only: ['read_only: true', 'read_only: false', 'read_only: "true"'],
  tmpfs: ['tmpfs:\n      - /tmp', 'tmpfs:\n      - /run:size=16M', 'tmpfs: /tmp'],
  ports: ['ports: ["8080:80"]', 'ports:\n      - "127.0.0.1:8080:80"', 'ports:\n      # public\n      - "80"\n      - "0.0.0.0:443:443"', 'ports:\n      - target: 80\n        published: 8080'],
  network_mode: ['network_mode: host', 'network_mode: bridge'],
  namespaces: ['pid: host', 'ipc: host\n    uts: host'],
  volumes: ['volumes:\n      - /var/run/docker.sock:/var/run/docker.sock', 'volumes:\n      - /etc:/host/etc:ro\n      - data:/data', 'volumes:\n      - ./src:/src:rshared', 'volumes:\n      - type: bind\n        source: /\n        target: /host\n        bind:\n          propagation: shared'],
  devices: ['devices: ["/dev/sda:/dev/sda"]', 'devices:\n      - /dev/fuse'],
  limits: ['deploy:\n      resources:\n        limits:\n          memory: 256M\n          cpus: "0.5"\n          pids: 50', 'mem_limit: 512m\n    cpus: 0.5', 'pids_limit: -1\n    cpu_shares: 512', 'deploy:\n      replicas: 2'],
  healthcheck: ['healthcheck:\n      test: ["CMD", "true"]', 'healthcheck:\n      disable: true'],
  logging: ['logging:\n      driver: json-file', 'logging:\n      driver: json-file\n      options:\n        max-size: 10m'],
  environment: ['environment:\n      DB_PASSWORD: hunter2\n      API_TOKEN: ${TOKEN}', 'environment:\n      - SECRET_KEY=abc\n      - MODE=prod'],
  networks: ['networks: [backend]', 'networks:\n      - front'],
}

/** Settings services inherit through `<<: *common` (fixes must override or leave them, never break the anchor). */
const ANCHORS: ReadonlyArray<readonly string[]> = [
  ['read_only: true', 'privileged: true'],
  ['user: root', 'cap_add: [SYS_ADMIN]', 'network_mode: host'],
  ['security_opt: [seccomp:unconfined]', 'ports: ["5432:5432"]', 'tmpfs: [/tmp]'],
  ['logging:', '  driver: json-file', 'deploy:', '  resources:', '    limits:', '      memory: 1G'],
]

const service = fc.record(
  Object.fromEntries(Object.entries(FRAGMENTS).map(([k, v]) => [k, fc.option(fc.constantFrom(...v), { nil: undefined, freq: 2 })])),
  { requiredKeys: [] },
).map((r) => Object.values(r).filter((x): x is string => typeof x === 'string'))

const composeText = fc.record({
  services: fc.uniqueArray(fc.tuple(fc.constantFrom('web', 'db', 'cache', 'worker', 'api'), service), { minLength: 1, maxLength: 3, selector: ([n]) => n }),
  anchor: fc.constantFrom(undefined, ...ANCHORS),
  internal: fc.boolean(),
  comments: fc.boolean(),
}).map(({ services, anchor, internal, comments }) => {
  const out: string[] = []
  if (comments) out.push('# generated file')
  if (anchor) out.push('x-common: &common', ...anchor.map((l) => `  ${l}`), '')
  out.push('services:')
  services.forEach(([name, lines], i) => {
    if (comments) out.push(`  # service ${name}`)
    out.push(`  ${name}:`)
    if (anchor && i === 0) out.push('    <<: *common')
    for (const l of lines) out.push(`    ${l}`)
    if (lines.length === 0 && !(anchor && i === 0)) out.push('    image: busybox:1.36')
  })
  out.push('networks:', '  backend:', `    internal: ${internal}`, '  front: {}')
  return `${out.join('\n')}\n`
})

const scoresOf = (r: Report) => ({ file: r.score?.value ?? null, services: Object.fromEntries(r.services.map((s) => [s.name, s.score])) })

function expectNotLower(before: Report, after: Report, what: string) {
  expect(after.errors, what).toEqual([])
  for (const s of before.services) {
    const a = after.services.find((x) => x.name === s.name)
    expect(a, `${what}: service ${s.name} still exists`).toBeDefined()
    expect(a!.score, `${what}: service ${s.name}`).toBeGreaterThanOrEqual(s.score)
  }
  if (before.score) expect(after.score!.value, `${what}: file score`).toBeGreaterThanOrEqual(before.score.value)
}

const commentLines = (t: string) => t.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('#'))
/** Every full-line comment of `before` is in `after`, in the same order (fixes may add lines around them). */
function keepsCommentLines(before: string, after: string): boolean {
  const want = commentLines(before)
  let i = 0
  for (const line of commentLines(after)) if (i < want.length && line === want[i]) i++
  return i === want.length
}

describe('properties', () => {
  it('the same input always gives the same findings in the same order, whatever the rule order', () => {
    fc.assert(fc.property(composeText, (text) => {
      const a = analyze(parseCompose(text))
      const b = analyze(parseCompose(text))
      const c = analyze(parseCompose(text), [...RULES].reverse())
      expect(b).toEqual(a)
      expect(c).toEqual(a)
      expect(reportForText(text).report).toEqual(reportForText(text).report)
    }), { numRuns: 100 })
  }, 120_000)

  it('applying any single finding\'s fix never lowers a score', () => {
    fc.assert(fc.property(composeText, (text) => {
      const file = parseCompose(text)
      const findings = analyze(file)
      const before = buildReport(file, findings)
      for (const f of findings.filter((x) => x.fix !== 'none')) {
        const p = planFix(f, file, findings)
        if (typeof p === 'string') continue
        const out = applyPlan(text, p)
        if (!out.ok) continue
        expectNotLower(before, reportForText(out.text).report, `${f.ruleId} on ${f.service} (${f.messageId})`)
      }
    }), { numRuns: 60 })
  }, 120_000)

  it('applying any rule\'s fixes (every service at once) never lowers a score', () => {
    fc.assert(fc.property(composeText, (text) => {
      const before = reportForText(text).report
      for (const rule of RULES.filter((r) => r.fix !== 'none')) {
        const out = applyRuleFixes(text, rule)
        if (out.text === text) continue
        expectNotLower(before, reportForText(out.text).report, rule.id)
      }
    }), { numRuns: 50 })
  }, 120_000)

  it('harden (safe, and safe + unsafe) never lowers a score, keeps comment lines and is idempotent', () => {
    fc.assert(fc.property(composeText, fc.boolean(), (text, unsafe) => {
      const result = harden(text, { unsafe })
      expectNotLower(result.before, result.after, `harden unsafe=${unsafe}`)
      expect(result.before.errors).toEqual([])
      expect(result.skipped.filter((s) => /reverted|failed/.test(s.reason))).toEqual([])
      expect(keepsCommentLines(text, result.text)).toBe(true)
      expect(harden(result.text, { unsafe }).text).toBe(result.text)
      expect(scoresOf(result.after)).toEqual(scoresOf(reportForText(result.text).report))
    }), { numRuns: 40 })
  }, 120_000)
})
