import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Io } from './io'
import { TooLargeError } from './io'
import { run } from './run'

const SECURE = readFileSync(new URL('../examples/secure-app.yaml', import.meta.url), 'utf8')
const PRIVILEGED = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n'
/** Findings of low severity and below only (no healthcheck, no CPU limit, no MAC profile). */
const LOW_ONLY = [
  'services:', '  web:', '    image: nginx:1.27', '    user: "101:101"', '    read_only: true', '    tmpfs: ["/tmp:size=64M"]',
  '    cap_drop: [ALL]', '    security_opt: [no-new-privileges:true]', '    mem_limit: 256m', '    pids_limit: 100',
  '    logging: {driver: json-file, options: {max-size: 10m}}', '',
].join('\n')

function fakeIo(files: Record<string, string | Error>, stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const written: Record<string, string> = {}
  const io: Io = {
    readFile: async (p) => {
      const f = files[p]
      if (f === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' })
      if (f instanceof Error) throw f
      return f
    },
    readStdin: async () => stdin,
    writeFile: async (p, t) => { written[p] = t },
    stdout: (t) => { out.push(t) },
    stderr: (t) => { err.push(t) },
    isTTY: false,
    env: {},
    cwd: '/repo',
  }
  return { io, stdout: () => out.join(''), stderr: () => err.join(''), written }
}

describe('run check', () => {
  it('exits 0 on a good file and prints the text report', async () => {
    const t = fakeIo({ 'secure.yaml': SECURE })
    expect(await run(['check', 'secure.yaml'], t.io)).toBe(0)
    expect(t.stdout()).toMatch(/Score: 100\/100 A/)
    expect(t.stderr()).toBe('')
  })

  it('exits 1 when a finding is at or above --fail-on, high by default; never with --fail-on none', async () => {
    const t = fakeIo({ 'p.yaml': PRIVILEGED, 'low.yaml': LOW_ONLY })
    expect(await run(['check', 'p.yaml'], t.io)).toBe(1)
    expect(await run(['check', 'p.yaml', '--fail-on', 'critical'], t.io)).toBe(1)
    expect(await run(['check', 'p.yaml', '--fail-on', 'low'], t.io)).toBe(1)
    expect(await run(['check', 'p.yaml', '--fail-on', 'none'], t.io)).toBe(0)
    expect(await run(['check', 'low.yaml'], t.io)).toBe(0)
    expect(await run(['check', 'low.yaml', '--fail-on', 'low'], t.io)).toBe(1)
    expect(await run(['check', 'secure.yaml', '--fail-on', 'info'], fakeIo({ 'secure.yaml': SECURE }).io)).toBe(0)
  })

  it('refuses a YAML file that is not a Compose file with exit 2 and says why, and still reports the others', async () => {
    const t = fakeIo({ 'pod.yaml': 'apiVersion: v1\nkind: Pod\n', 'ext.yaml': 'x-common: {}\n', 'empty.yaml': '', 'named.yaml': 'name: demo\n', 'p.yaml': PRIVILEGED })
    expect(await run(['check', 'pod.yaml', 'ext.yaml', 'empty.yaml', 'named.yaml', 'p.yaml', '--fail-on', 'none'], t.io)).toBe(2)
    expect(t.stderr().split('\n')).toEqual([
      'secure-compose: pod.yaml: not a Compose file: it has no `services:` and none of the other top-level Compose keys (version, name, include, networks, volumes, secrets, configs, models), only `apiVersion:`, `kind:`',
      'secure-compose: ext.yaml: not a Compose file: it has no `services:` and none of the other top-level Compose keys (version, name, include, networks, volumes, secrets, configs, models), only `x-common:`',
      'secure-compose: empty.yaml: the file is empty; a Compose file needs at least `services:`',
      '',
    ])
    expect(t.stdout()).toMatch(/^named\.yaml\n {2}Score: none\. The file has no `services:` section/m)
    expect(t.stdout()).toMatch(/^p\.yaml$/m)
    const fix = fakeIo({ 'pod.yaml': 'apiVersion: v1\nkind: Pod\n' })
    expect(await run(['fix', 'pod.yaml'], fix.io)).toBe(2)
    expect(fix.stderr()).toMatch(/^secure-compose: pod\.yaml: not a Compose file/)
    expect(fix.stdout()).toBe('')
  })

  it('refuses a service that is not a mapping with exit 2, naming it and its line', async () => {
    const t = fakeIo({ 's.yaml': 'services:\n  web:\n    image: nginx:1.27\n  db: postgres:16\n' })
    expect(await run(['check', 's.yaml', '--format', 'json'], t.io)).toBe(2)
    expect(t.stderr()).toBe('secure-compose: s.yaml:4:3: Service "db" is the text "postgres:16", not a mapping of its settings: write `db:` with its keys (`image:`, `ports:`, …) indented below it.\n')
    expect(JSON.parse(t.stdout())).toMatchObject({ score: null, errors: [{ line: 4, column: 3 }] })
    expect(await run(['fix', 's.yaml'], t.io)).toBe(2)
  })

  it('names the file and line of invalid YAML on stderr, exits 2, and still reports the other files', async () => {
    const t = fakeIo({ 'bad.yaml': 'services:\n  web:\n    image: a\n    image: b\n', 'p.yaml': PRIVILEGED })
    expect(await run(['check', 'bad.yaml', 'p.yaml', 'missing.yaml', '--format', 'json', '--fail-on', 'critical'], t.io)).toBe(2)
    expect(t.stderr().split('\n')).toEqual([
      'secure-compose: bad.yaml:4:5: Map keys must be unique',
      'secure-compose: missing.yaml: file not found',
      '',
    ])
    const json = JSON.parse(t.stdout())
    expect(Object.keys(json)).toEqual(['bad.yaml', 'p.yaml', 'missing.yaml'])
    expect(json['p.yaml'].score.grade).toBe('F')
    expect(json['missing.yaml']).toMatchObject({ score: null, errors: [{ message: 'file not found' }] })
  })

  it('describes read failures in words', async () => {
    const t = fakeIo({ dir: Object.assign(new Error('x'), { code: 'EISDIR' }), big: new TooLargeError(20 * 1024 * 1024), locked: Object.assign(new Error('x'), { code: 'EACCES' }) })
    expect(await run(['check', 'dir', 'big', 'locked'], t.io)).toBe(2)
    expect(t.stderr()).toBe([
      'secure-compose: dir: is a directory, not a file',
      'secure-compose: big: the file is 20.0 MB, far above the 1 MB limit; it is not read',
      'secure-compose: locked: permission denied',
      '',
    ].join('\n'))
  })

  it('reads standard input for -', async () => {
    const t = fakeIo({}, PRIVILEGED)
    expect(await run(['check', '-', '--format', 'json', '--fail-on', 'none'], t.io)).toBe(0)
    expect(JSON.parse(t.stdout()).findings.some((f: { ruleId: string }) => f.ruleId === 'no-privileged')).toBe(true)
  })

  it('prints a usage error on stderr with exit 2, help and version on stdout with exit 0', async () => {
    const t = fakeIo({})
    expect(await run(['check'], t.io)).toBe(2)
    expect(t.stderr()).toMatch(/^secure-compose: check needs at least one file/)
    expect(await run(['--help'], t.io)).toBe(0)
    expect(t.stdout()).toMatch(/Usage:/)
    expect(await run(['--version'], t.io)).toBe(0)
  })
})

describe('run fix', () => {
  it('prints the hardened YAML (safe fixes only by default) and a summary on stderr', async () => {
    const t = fakeIo({ 'p.yaml': PRIVILEGED })
    expect(await run(['fix', 'p.yaml'], t.io)).toBe(0)
    expect(t.stdout()).toContain('no-new-privileges:true')
    expect(t.stdout()).toContain('privileged: true')
    expect(t.stderr()).toMatch(/^secure-compose: p\.yaml: \d+ fix(es)? applied; score \d+ F → \d+ F; \d+ findings left: .*add --unsafe/)
  })

  it('applies unsafe fixes with --unsafe and writes the file with --write', async () => {
    const t = fakeIo({ 'p.yaml': PRIVILEGED })
    expect(await run(['fix', 'p.yaml', '--unsafe', '--write'], t.io)).toBe(0)
    expect(t.written['p.yaml']).not.toContain('privileged: true')
    expect(t.written['p.yaml']).toContain('cap_drop')
    expect(t.stdout()).toMatch(/^secure-compose: p\.yaml: \d+ fixes applied; score 0 F → \d+ [A-D]/)
    expect(t.stderr()).toBe('')
  })

  it('does not write an unchanged file', async () => {
    const t = fakeIo({ 'secure.yaml': SECURE })
    expect(await run(['fix', 'secure.yaml', '--write'], t.io)).toBe(0)
    expect(t.written).toEqual({})
  })

  const MULTI = '# first\nservices:\n  web:\n    image: nginx:1.27\n    privileged: true\n---\n# second\nservices:\n  db:\n    image: postgres:16\n---\n'
  const HARDENED = ['    security_opt:', '      - no-new-privileges:true', '    logging:', '      driver: json-file', '      options:', '        max-size: 10m', '        max-file: "3"', ''].join('\n')

  it('hardens each document of a file of several in place, keeps the separators, comments and an empty document', async () => {
    const t = fakeIo({ 'm.yaml': MULTI })
    expect(await run(['fix', 'm.yaml', '--write'], t.io)).toBe(0)
    expect(t.written['m.yaml']).toBe(
      '# first\nservices:\n  web:\n    image: nginx:1.27\n    privileged: true\n' + HARDENED + '---\n# second\nservices:\n  db:\n    image: postgres:16\n' + HARDENED + '---\n',
    )
    expect(t.stdout()).toMatch(/^secure-compose: m\.yaml \(document 1\): 2 fixes applied; score 0 F → \d+ F;.*\nsecure-compose: m\.yaml \(document 2\): 2 fixes applied; score \d+ F → \d+ F;.*\n$/)
  })

  it('refuses a file whose second document is not a Compose file, naming the document and the file line', async () => {
    const t = fakeIo({ 'm.yaml': 'services:\n  web:\n    image: nginx:1.27\n---\napiVersion: v1\nkind: Pod\n' })
    expect(await run(['fix', 'm.yaml', '--write'], t.io)).toBe(2)
    expect(t.stderr()).toMatch(/^secure-compose: m\.yaml: not a Compose file: .*only `apiVersion:`, `kind:` \(document 2\)\n$/)
    expect(t.written).toEqual({})
  })

  it('with --write fixes several files, a summary each; one that cannot be read exits 2 and the others are still fixed', async () => {
    const t = fakeIo({ 'a.yaml': PRIVILEGED, 'b.yaml': PRIVILEGED.replace('web', 'api') })
    expect(await run(['fix', '--write', 'a.yaml', 'missing.yaml', 'b.yaml'], t.io)).toBe(2)
    expect(Object.keys(t.written).sort()).toEqual(['a.yaml', 'b.yaml'])
    expect(t.written['b.yaml']).toContain('  api:\n')
    expect(t.stdout()).toMatch(/^secure-compose: a\.yaml: \d+ fixes applied;.*\nsecure-compose: b\.yaml: \d+ fixes applied;.*\n$/)
    expect(t.stderr()).toBe('secure-compose: missing.yaml: file not found\n')
  })

  it('refuses invalid YAML with exit 2', async () => {
    const t = fakeIo({ 'bad.yaml': 'services:\n  web:\n    image: a\n    image: b\n' })
    expect(await run(['fix', 'bad.yaml'], t.io)).toBe(2)
    expect(t.stderr()).toBe('secure-compose: bad.yaml:4:5: Map keys must be unique\n')
    expect(t.stdout()).toBe('')
  })
})
