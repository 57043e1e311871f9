import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Io } from './io'
import { TooLargeError } from './io'
import { run } from './run'

const SECURE = readFileSync(new URL('../examples/secure-app.yaml', import.meta.url), 'utf8')
const PRIVILEGED = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n'

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

  it('exits 1 only when --fail-on is given and a finding is at or above it', async () => {
    const t = fakeIo({ 'p.yaml': PRIVILEGED })
    expect(await run(['check', 'p.yaml'], t.io)).toBe(0)
    expect(await run(['check', 'p.yaml', '--fail-on', 'critical'], t.io)).toBe(1)
    expect(await run(['check', 'p.yaml', '--fail-on', 'low'], t.io)).toBe(1)
    expect(await run(['check', 'secure.yaml', '--fail-on', 'info'], fakeIo({ 'secure.yaml': SECURE }).io)).toBe(0)
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
    expect(await run(['check', '-', '--format', 'json'], t.io)).toBe(0)
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

  it('refuses invalid YAML with exit 2', async () => {
    const t = fakeIo({ 'bad.yaml': 'services:\n  web:\n    image: a\n    image: b\n' })
    expect(await run(['fix', 'bad.yaml'], t.io)).toBe(2)
    expect(t.stderr()).toBe('secure-compose: bad.yaml:4:5: Map keys must be unique\n')
    expect(t.stdout()).toBe('')
  })
})
