// End to end, as a user runs it (node bin/secure-compose.js in a folder): files as Compose reads them (-f merges,
// .env and --env-file, include and extends.file, directories and globs), the config file, and multi-document files.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = resolve(__dirname, '../..')
const BIN = join(ROOT, 'bin/secure-compose.js')
let dir = ''

function cli(args: string[], cwd = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: join(dir, cwd), encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const write = (name: string, text: string) => {
  mkdirSync(dirname(join(dir, name)), { recursive: true })
  writeFileSync(join(dir, name), text)
  return name
}

interface Finding { ruleId: string; severity: string; message: string; line: number; column: number; file?: string; document?: number }
const json = (args: string[], cwd = '') => JSON.parse(cli([...args, '--format', 'json', '--fail-on', 'none'], cwd).stdout)
const find = (findings: Finding[], ruleId: string) => findings.find((f) => f.ruleId === ruleId)

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT, stdio: 'inherit' })
  dir = mkdtempSync(join(tmpdir(), 'secure-compose-project-'))
  // The search for a config file stops at the repository's root.
  mkdirSync(join(dir, '.git'))
}, 120_000)
afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }) })

describe('files as Compose reads them', { timeout: 60_000 }, () => {
  it('-f a -f b merges like docker compose, and each finding names the file and line that wrote it', () => {
    write('merge/base.yaml', 'services:\n  web:\n    image: nginx:1.27\n    read_only: true\n')
    write('merge/override.yaml', '# dev settings\nservices:\n  web:\n    privileged: true\n')
    const r = cli(['check', '-f', 'merge/base.yaml', '-f', 'merge/override.yaml'])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^merge\/base\.yaml \+ merge\/override\.yaml$/m)
    expect(r.stdout).toMatch(/^ {4}merge\/override\.yaml:4:5 +critical +no-privileged /m)
    // A missing key is reported at the service's key in the file that introduced the service.
    expect(r.stdout).toMatch(/^ {4}2:3 +\w+ +require-healthcheck /m)
    const j = json(['check', '-f', 'merge/base.yaml', '-f', 'merge/override.yaml'])
    expect(j.files).toEqual(['merge/base.yaml', 'merge/override.yaml'])
    expect(find(j.findings, 'no-privileged')).toMatchObject({ file: 'merge/override.yaml', line: 4, column: 5 })
    expect(find(j.findings, 'require-read-only-rootfs')).toBeUndefined()
    const sarif = JSON.parse(cli(['check', '-f', 'merge/base.yaml', '-f', 'merge/override.yaml', '--format', 'sarif']).stdout)
    const result = sarif.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'no-privileged')
    expect(result.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'merge/override.yaml' }, region: { startLine: 4, startColumn: 5 } })
  })

  it('.env beside the file decides interpolation; a value is never printed, in any format', () => {
    const SECRET = 's3cr3t-t0ken-9f8e7d'
    write('env/compose.yaml', 'services:\n  app:\n    image: ${IMAGE}\n    read_only: ${RO:-false}\n    environment:\n      DB_PASSWORD: ${DB_PASSWORD}\n')
    write('env/.env', `IMAGE=registry.example/${SECRET}:latest\nRO=true\nDB_PASSWORD=${SECRET}-pw\n`)
    const j = json(['check', 'env/compose.yaml'])
    expect(find(j.findings, 'require-image-pinning')).toMatchObject({ line: 3, message: expect.stringContaining('${IMAGE}') })
    expect(find(j.findings, 'require-read-only-rootfs')).toBeUndefined()
    for (const format of ['text', 'json', 'sarif']) {
      const r = cli(['check', 'env/compose.yaml', '--format', format])
      expect(r.stdout.length).toBeGreaterThan(100)
      expect(r.stdout + r.stderr).not.toContain(SECRET)
    }
    // --env-file replaces .env: RO unset again, so its default (false) decides.
    write('env/ci.env', 'IMAGE=nginx:1.27\n')
    const ci = json(['check', 'env/compose.yaml', '--env-file', 'env/ci.env'])
    expect(find(ci.findings, 'require-read-only-rootfs')).toBeDefined()
    expect(find(ci.findings, 'require-image-pinning')).toBeUndefined()
  })

  it('follows include: and extends.file relative to the file; a missing one is named with its line', () => {
    write('inc/compose.yaml', 'include:\n  - db/compose.yaml\nservices:\n  web:\n    extends:\n      file: common/base.yaml\n      service: base\n    image: nginx:1.27\n')
    write('inc/db/compose.yaml', 'services:\n  db:\n    image: postgres:16\n    privileged: true\n')
    write('inc/common/base.yaml', 'services:\n  base:\n    cap_add: [SYS_ADMIN]\n')
    const j = json(['check', 'inc/compose.yaml'])
    expect(find(j.findings, 'no-privileged')).toMatchObject({ file: 'inc/db/compose.yaml', line: 4, column: 5 })
    expect(find(j.findings, 'no-dangerous-capabilities')).toMatchObject({ file: 'inc/common/base.yaml', line: 3 })
    expect(find(j.findings, 'unsupported-reference')).toBeUndefined()
    write('inc/missing.yaml', 'include:\n  - nope.yaml\nservices:\n  web:\n    image: nginx:1.27\n')
    const r = cli(['check', 'inc/missing.yaml'])
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('secure-compose: inc/missing.yaml:2:5: cannot read inc/nope.yaml: file not found (paths in include: and extends.file are relative to inc/missing.yaml)\n')
  })

  it('a directory gives its compose file and override file, as Compose finds them; globs are expanded by the CLI', () => {
    write('dirproj/docker-compose.yml', 'services:\n  web:\n    image: nginx:1.27\n')
    write('dirproj/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n')
    write('dirproj/compose.override.yaml', 'services:\n  web:\n    network_mode: host\n')
    const r = cli(['check', 'dirproj', '--fail-on', 'none'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^dirproj\/compose\.yaml \+ dirproj\/compose\.override\.yaml$/m)
    expect(r.stdout).toMatch(/dirproj\/compose\.override\.yaml:3:5 +\w+ +no-host-network/)
    write('deploy/a/one.yaml', 'services:\n  a:\n    image: nginx:1.27\n')
    write('deploy/b/c/two.yaml', 'services:\n  b:\n    image: nginx:1.27\n')
    write('deploy/b/notes.txt', 'not yaml')
    expect(Object.keys(json(['check', 'deploy/**/*.yaml']))).toEqual(['deploy/a/one.yaml', 'deploy/b/c/two.yaml'])
    const none = cli(['check', 'deploy/**/*.yml'])
    expect(none.code).toBe(2)
    expect(none.stderr).toBe('secure-compose: deploy/**/*.yml: no file matches this pattern\n')
  })

  it('analyses a file of several documents one document at a time, with the file\'s lines', () => {
    write('multi.yaml', 'services:\n  a:\n    image: nginx:1.27\n---\nservices:\n  b:\n    image: nginx:1.27\n    privileged: true\n')
    const r = cli(['check', 'multi.yaml', '--fail-on', 'none'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^multi\.yaml \(document 1\)$/m)
    expect(r.stdout).toMatch(/^multi\.yaml \(document 2\)$/m)
    expect(r.stdout).toMatch(/^ {4}8:5 +critical +no-privileged/m)
    const j = json(['check', 'multi.yaml'])
    expect(Object.keys(j)).toEqual(['multi.yaml#1', 'multi.yaml#2'])
    expect(find(j['multi.yaml#2'].findings, 'no-privileged')).toMatchObject({ line: 8, document: 2 })
    expect(find(j['multi.yaml#1'].findings, 'no-privileged')).toBeUndefined()
  })
})

describe('the config file', { timeout: 60_000 }, () => {
  it('turns rules off, changes severities, skips paths and sets fail-on; every format names it', () => {
    write('cfg/.secure-compose.yaml', 'rules:\n  no-privileged: off\n  require-healthcheck: critical\nskip:\n  - vendor/**\nfail-on: critical\n')
    write('cfg/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n')
    write('cfg/vendor/compose.yaml', 'services:\n  x:\n    image: nginx\n')
    const r = cli(['check', 'compose.yaml', 'vendor/compose.yaml'], 'cfg')
    expect(r.stdout).toMatch(/^Config: \.secure-compose\.yaml\n/)
    expect(r.stdout).not.toContain('no-privileged')
    expect(r.stdout).not.toContain('vendor')
    expect(r.stdout).toMatch(/critical +require-healthcheck/)
    expect(r.code).toBe(1)
    expect(cli(['check', 'compose.yaml', '--fail-on', 'none'], 'cfg').code).toBe(0)
    expect(json(['check', 'compose.yaml'], 'cfg').config).toBe('.secure-compose.yaml')
    const sarif = JSON.parse(cli(['check', 'compose.yaml', '--format', 'sarif'], 'cfg').stdout)
    expect(sarif.runs[0].properties).toEqual({ config: '.secure-compose.yaml' })
    // Found from a folder below, and named relative to where the CLI runs.
    expect(cli(['check', '../compose.yaml', '--fail-on', 'none'], 'cfg/vendor').stdout).toMatch(/^Config: \.\.\/\.secure-compose\.yaml\n/)
  })

  it('reads a secure-compose key in package.json, or --config', () => {
    write('pkg/package.json', JSON.stringify({ name: 'x', 'secure-compose': { rules: { 'no-privileged': 'off' } } }))
    write('pkg/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n')
    expect(json(['check', 'compose.yaml'], 'pkg')).toMatchObject({ config: 'package.json#secure-compose' })
    write('other.yaml', 'rules:\n  require-healthcheck: off\n')
    const j = json(['check', 'compose.yaml', '--config', '../other.yaml'], 'pkg')
    expect(j.config).toBe('../other.yaml')
    expect(find(j.findings, 'no-privileged')).toBeDefined()
    expect(find(j.findings, 'require-healthcheck')).toBeUndefined()
  })

  it('refuses an unknown rule id or key with exit 2 and a clear message', () => {
    write('bad/.secure-compose.yaml', 'rules:\n  no-such-rule: off\n')
    write('bad/compose.yaml', 'services:\n  web:\n    image: nginx:1.27\n')
    const r = cli(['check', 'compose.yaml'], 'bad')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^secure-compose: \.secure-compose\.yaml: unknown rule id "no-such-rule" under rules/)
    write('bad/.secure-compose.yaml', 'rule:\n  no-privileged: off\n')
    expect(cli(['check', 'compose.yaml'], 'bad').stderr).toMatch(/unknown key "rule" \(known keys: rules, skip, fail-on\)/)
  })
})
