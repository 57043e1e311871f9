// End to end: builds the bundle like `npm ci` does, then runs `node bin/secure-compose.js` as a user would.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const BIN = join(ROOT, 'bin/secure-compose.js')
const SECURE = readFileSync(join(ROOT, 'src/examples/secure-app.yaml'), 'utf8')
const PRIVILEGED = '# keep me\nservices:\n  web:\n    image: nginx:1.27\n    privileged: true\n'
const ESC = '\u001b['
let dir = ''

function cli(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const started = performance.now()
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir, input: options.input ?? '', encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - started }
}

const write = (name: string, text: string) => { writeFileSync(join(dir, name), text); return name }

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' })
  dir = mkdtempSync(join(tmpdir(), 'secure-compose-e2e-'))
}, 120_000)
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }) })

describe('secure-compose (built CLI)', { timeout: 60_000 }, () => {
  it('prints help and the package version', () => {
    const help = cli(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/secure-compose check FILE\.\.\./)
    const version = cli(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })

  it('checks the secure example: exit 0, 100/A, no colour when not a terminal', () => {
    const r = cli(['check', write('secure.yaml', SECURE), '--fail-on', 'low'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/Score: 100\/100 A/)
    expect(r.stdout).not.toContain(ESC)
    expect(r.stderr).toBe('')
  })

  it('colours with FORCE_COLOR and never with NO_COLOR', () => {
    write('p.yaml', PRIVILEGED)
    expect(cli(['check', 'p.yaml'], { env: { FORCE_COLOR: '1' } }).stdout).toContain(`${ESC}1m${ESC}31mcritical`)
    expect(cli(['check', 'p.yaml'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain(ESC)
  })

  it('exits 1 with --fail-on at or below a finding (high by default), 0 above it or with --fail-on none', () => {
    write('p.yaml', PRIVILEGED)
    expect(cli(['check', 'p.yaml', '--fail-on', 'critical']).code).toBe(1)
    expect(cli(['check', 'p.yaml']).code).toBe(1)
    expect(cli(['check', 'p.yaml', '--fail-on', 'none']).code).toBe(0)
    expect(cli(['check', write('s.yaml', SECURE), '--fail-on', 'info']).code).toBe(0)
  })

  it('prints the path once, then line:col severity rule message rows', () => {
    write('p.yaml', PRIVILEGED)
    const r = cli(['check', 'p.yaml'])
    expect(r.stdout).toMatch(/^p\.yaml\n {2}web {2}0\/100 F\n/)
    expect(r.stdout).toMatch(/^ {4}5:5 +critical +no-privileged +Service runs privileged/m)
  })

  it('refuses a YAML file that is not a Compose file with exit 2', () => {
    const r = cli(['check', write('pod.yaml', 'apiVersion: v1\nkind: Pod\n')])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^secure-compose: pod\.yaml: not a Compose file: it has no `services:`/)
  })

  it('prints the spec JSON for one file and an object keyed by file for several', () => {
    write('p.yaml', PRIVILEGED)
    const one = JSON.parse(cli(['check', 'p.yaml', '--format', 'json']).stdout)
    expect(Object.keys(one)).toEqual(['score', 'services', 'findings', 'checklist'])
    expect(one.findings.find((f: { ruleId: string }) => f.ruleId === 'no-privileged')).toMatchObject({ line: 5, column: 5, fix: 'unsafe', severity: 'critical', service: 'web' })
    const many = JSON.parse(cli(['check', 'p.yaml', write('s.yaml', SECURE), '--format', 'json']).stdout)
    expect(Object.keys(many)).toEqual(['p.yaml', 's.yaml'])
    expect(many['s.yaml'].score).toEqual({ value: 100, grade: 'A', mean: 100 })
  })

  it('prints SARIF 2.1.0 with relative locations', () => {
    write('p.yaml', PRIVILEGED)
    const sarif = JSON.parse(cli(['check', 'p.yaml', '--format', 'sarif']).stdout)
    expect(sarif.version).toBe('2.1.0')
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'no-privileged')
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'p.yaml' }, region: { startLine: 5, startColumn: 5 } })
  })

  it('names a bad file with its line on one stderr line, exits 2, and still checks the others', () => {
    write('bad.yaml', 'services:\n  web:\n    image: a\n    image: b\n')
    const r = cli(['check', 'bad.yaml', 'nope.yaml', write('s.yaml', SECURE)])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('secure-compose: bad.yaml:4:5: Map keys must be unique\nsecure-compose: nope.yaml: file not found\n')
    expect(r.stdout).toMatch(/^s\.yaml$/m)
    expect(r.stderr).not.toMatch(/\bat .*\.m?js:\d+/)
  })

  it('reads standard input for -', () => {
    const r = cli(['check', '-', '--format', 'json', '--fail-on', 'none'], { input: PRIVILEGED })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).score.grade).toBe('F')
  })

  it('fix prints the hardened YAML; --write rewrites the file', () => {
    write('p.yaml', PRIVILEGED)
    const safe = cli(['fix', 'p.yaml'])
    expect(safe.code).toBe(0)
    expect(safe.stdout).toMatch(/^# keep me\n/)
    expect(safe.stdout).toContain('no-new-privileges:true')
    expect(safe.stdout).toContain('privileged: true')
    expect(safe.stderr).toMatch(/^secure-compose: p\.yaml: \d+ fix(es)? applied/)
    const written = cli(['fix', 'p.yaml', '--unsafe', '--write'])
    expect(written.code).toBe(0)
    const after = readFileSync(join(dir, 'p.yaml'), 'utf8')
    expect(after).toMatch(/^# keep me\n/)
    expect(after).not.toContain('privileged: true')
    expect(cli(['check', 'p.yaml', '--fail-on', 'high']).code).toBe(0)
  })

  it('fix --write takes a pattern and a folder; without --write, a folder of two files is refused', () => {
    mkdirSync(join(dir, 'fixes/deploy'), { recursive: true })
    write('fixes/deploy/a.yaml', PRIVILEGED)
    write('fixes/deploy/b.yaml', PRIVILEGED)
    write('fixes/compose.yaml', PRIVILEGED)
    write('fixes/compose.override.yaml', 'services:\n  web:\n    read_only: false\n')
    const pattern = cli(['fix', '--write', 'fixes/deploy/*.yaml'])
    expect(pattern.code).toBe(0)
    expect(pattern.stdout.split('\n').filter(Boolean).map((l) => l.split(':')[1].trim())).toEqual(['fixes/deploy/a.yaml', 'fixes/deploy/b.yaml'])
    for (const f of ['a.yaml', 'b.yaml']) expect(readFileSync(join(dir, 'fixes/deploy', f), 'utf8')).toContain('no-new-privileges:true')
    const folder = cli(['fix', 'fixes'])
    expect(folder.code).toBe(2)
    expect(folder.stderr).toBe('secure-compose: fixes gives 2 files; fix prints one: give --write to fix them in place\n')
    expect(folder.stdout).toBe('')
    const both = cli(['fix', '--write', 'fixes'])
    expect(both.code).toBe(0)
    expect(both.stdout).toMatch(/^secure-compose: fixes\/compose\.yaml: .*\nsecure-compose: fixes\/compose\.override\.yaml: .*\n$/)
  })

  it('exits 2 with a one-line usage error', () => {
    const r = cli(['check', 'x.yaml', '--format', 'xml'])
    expect(r.code).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('hostile inputs finish fast with a clear result', { timeout: 60_000 }, () => {
  const timed = (label: string, r: ReturnType<typeof cli>, boundMs = 10_000) => {
    console.log(`${label}: ${r.ms.toFixed(0)} ms, exit ${r.code}`)
    expect(r.ms).toBeLessThan(boundMs)
    return r
  }

  it('a billion-laughs alias bomb', () => {
    const levels = 'abcdefghi'
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for (let i = 1; i < levels.length; i++) text += `${levels[i]}: &${levels[i]} [${Array(9).fill(`*${levels[i - 1]}`).join(',')}]\n`
    text += 'services:\n  web:\n    image: nginx:1.27\n    environment: *i\n'
    write('bomb.yaml', text)
    for (const args of [['check', 'bomb.yaml'], ['fix', 'bomb.yaml']]) {
      const r = timed(`${args[0]} alias bomb`, cli(args))
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/^secure-compose: bomb\.yaml:1:1: .*alias bomb/)
    }
  })

  it('a 10 MB file', () => {
    const service = (n: number) => `  svc${n}:\n    image: nginx:1.27\n    privileged: true\n    environment:\n      MODE: production\n`
    const parts = ['services:\n']
    let size = parts[0].length
    for (let n = 0; size < 10 * 1024 * 1024; n++) { const s = service(n); parts.push(s); size += s.length }
    write('big.yaml', parts.join(''))
    for (const args of [['check', 'big.yaml'], ['fix', 'big.yaml'], ['check', '-']]) {
      const r = timed(`${args.join(' ')} 10 MB`, cli(args, args[1] === '-' ? { input: parts.join('') } : {}))
      expect(r.code).toBe(2)
      expect(r.stderr).toMatch(/:1:1: The file is 10\.0 MB; files over 1 MB are not analysed/)
    }
  })

  it('a file just under the size limit', () => {
    // About 2000 services of realistic size, ten times the corpus's largest file (105 KB). The yaml parser alone needs
    // seconds for this (about 0.3-0.8 MB/s), hence the wider bound.
    const service = (n: number) => [
      `  svc${n}:`, '    image: ghcr.io/example/app:1.4.2', '    privileged: true', `    ports: ["${8000 + (n % 1000)}:80"]`,
      '    environment:', '      DATABASE_HOST: db', `      DATABASE_PASSWORD: secret${n}`, '      LOG_LEVEL: info',
      '    volumes:', '      - ./data:/data', '      - /var/run/docker.sock:/var/run/docker.sock:ro',
      '    healthcheck:', '      test: ["CMD", "wget", "-qO-", "http://127.0.0.1/health"]', '      interval: 30s',
      '    logging:', '      driver: json-file', '    deploy:', '      resources:', '        limits:', '          memory: 512M', '',
    ].join('\n')
    const parts = ['services:\n']
    let size = parts[0].length
    for (let n = 0; size < 1000 * 1024; n++) { const s = service(n); parts.push(s); size += s.length }
    write('large.yaml', parts.join(''))
    const r = timed(`check 1000 KB (${parts.length - 1} services)`, cli(['check', 'large.yaml', '--format', 'json', '--fail-on', 'none']), 30_000)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).score.grade).toBe('F')
  })

  it('keys such as __proto__ and constructor', () => {
    const text = [
      'services:', '  __proto__:', '    image: nginx:1.27', '    privileged: true', '  constructor:', '    image: nginx:1.27',
      '  toString:', '    image: nginx:1.27', '__proto__:', '  polluted: true', 'x-constructor:', '  prototype: 1', '',
    ].join('\n')
    write('proto.yaml', text)
    const r = timed('check __proto__ keys', cli(['check', 'proto.yaml', '--format', 'json', '--fail-on', 'none']))
    expect(r.code).toBe(0)
    const json = JSON.parse(r.stdout)
    expect(json.services.map((s: { name: string }) => s.name)).toEqual(['__proto__', 'constructor', 'toString'])
    expect(json.findings.some((f: { ruleId: string; service: string }) => f.ruleId === 'no-privileged' && f.service === '__proto__')).toBe(true)
    const fixed = timed('fix __proto__ keys', cli(['fix', 'proto.yaml', '--unsafe']))
    expect(fixed.code).toBe(0)
    expect(fixed.stdout).toMatch(/^ {2}__proto__:$/m)
    expect(fixed.stdout).not.toContain('privileged: true')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
