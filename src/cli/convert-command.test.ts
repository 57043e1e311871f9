import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runConvert } from './convert-command'
import { run } from './run'
import type { Io } from './io'

const SECURE = readFileSync(new URL('../examples/secure-app.yaml', import.meta.url), 'utf8')

function fakeIo(files: Record<string, string>, stdin = '') {
  const out: string[] = []
  const err: string[] = []
  const io: Io = {
    readFile: async (p) => {
      if (files[p] === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' })
      return files[p]
    },
    readStdin: async () => stdin,
    writeFile: async () => {},
    stdout: (t) => { out.push(t) },
    stderr: (t) => { err.push(t) },
    isTTY: false,
    env: {},
    cwd: '/repo',
  }
  return { io, stdout: () => out.join(''), stderr: () => err.join('') }
}

describe('secure-compose convert', () => {
  it('reads docker run commands from standard input and prints the YAML; what is not converted goes to stderr', async () => {
    const t = fakeIo({}, 'docker network create app\ndocker run -d --name web --read-only -p 127.0.0.1:8080:80 nginx:1.27\n')
    expect(await runConvert([], t.io)).toBe(0)
    expect(t.stdout()).toBe('services:\n  web:\n    image: nginx:1.27\n    read_only: true\n    ports:\n      - "127.0.0.1:8080:80"\n')
    expect(t.stderr()).toBe([
      'secure-compose: <stdin>: skipped: line 1: `docker network create …` is not a docker run command; only `docker run` (or `docker create`) becomes a service',
      'secure-compose: <stdin>: web: not converted: -d: not needed: `docker compose up -d` runs the services in the background',
      '',
    ].join('\n'))
  })

  it('is the CLI\'s `convert` command', async () => {
    const t = fakeIo({ 'run.sh': 'docker run --read-only nginx:1.27\n' })
    expect(await run(['convert', 'run.sh'], t.io)).toBe(0)
    expect(t.stdout()).toBe('services:\n  nginx:\n    image: nginx:1.27\n    read_only: true\n')
  })

  it('reads a file, and exits 2 when a docker run command cannot be converted', async () => {
    const t = fakeIo({ 'run.sh': 'docker run nginx\ndocker run -e "A=1 alpine\n' })
    expect(await runConvert(['run.sh'], t.io)).toBe(2)
    expect(t.stderr()).toBe('secure-compose: run.sh: line 2, column 15: the double quote (") is never closed; close it or escape it (\\")\n')
  })

  it('exits 2 when there is nothing to convert, or the file cannot be read', async () => {
    const empty = fakeIo({ 'empty.sh': '# nothing\n' })
    expect(await runConvert(['empty.sh'], empty.io)).toBe(2)
    expect(empty.stderr()).toBe('secure-compose: empty.sh: no docker run command to convert\n')
    const missing = fakeIo({})
    expect(await runConvert(['missing.sh'], missing.io)).toBe(2)
    expect(missing.stderr()).toBe('secure-compose: missing.sh: file not found\n')
  })

  it('--to run prints the set-up commands, then each service\'s command with its notes as comments', async () => {
    const t = fakeIo({ 'compose.yaml': SECURE })
    expect(await runConvert(['--to', 'run', 'compose.yaml', '--service', 'db'], t.io)).toBe(0)
    const out = t.stdout()
    expect(out.startsWith('# First:\ndocker network create --internal backend\n\n# db\n# note: volumes: docker run uses the volume db-data;')).toBe(true)
    expect(out).toContain('\n# note: networks: backend must exist before docker run')
    expect(out).toContain('  --read-only \\\n')
    expect(out.endsWith('  postgres:16.4-alpine\n')).toBe(true)
  })

  it('--to run refuses a file that is not Compose, and a service that is not there', async () => {
    const bad = fakeIo({ 'x.yaml': 'a: [\n' })
    expect(await runConvert(['--to=run', 'x.yaml'], bad.io)).toBe(2)
    expect(bad.stderr()).toMatch(/^secure-compose: x\.yaml:\d+:\d+: /)
    const none = fakeIo({ 'compose.yaml': SECURE })
    expect(await runConvert(['--to', 'run', 'compose.yaml', '--service', 'nope'], none.io)).toBe(2)
    expect(none.stderr()).toBe('secure-compose: compose.yaml: no service "nope"\n')
  })

  it('usage errors and help', async () => {
    const t = fakeIo({})
    expect(await runConvert(['--to', 'yaml'], t.io)).toBe(2)
    expect(await runConvert(['a', 'b'], t.io)).toBe(2)
    expect(await runConvert(['--service', 'web'], t.io)).toBe(2)
    expect(await runConvert(['--bogus'], t.io)).toBe(2)
    expect(t.stderr().split('\n').filter(Boolean)).toEqual([
      'secure-compose: --to needs compose or run, not "yaml" (see secure-compose convert --help)',
      'secure-compose: convert takes one file (or - for standard input) (see secure-compose convert --help)',
      'secure-compose: --service goes with --to run (see secure-compose convert --help)',
      'secure-compose: unknown option --bogus for convert (see secure-compose convert --help)',
    ])
    const help = fakeIo({})
    expect(await runConvert(['--help'], help.io)).toBe(0)
    expect(help.stdout()).toContain('secure-compose convert [FILE]')
  })
})
