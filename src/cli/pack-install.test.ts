// The npm package as a user gets it (issue 12.1): `npm pack` of packages/secure-compose (its prepack builds the bundle),
// installed from the tarball into an empty folder with --omit=dev and --offline (it has no dependencies, so nothing is
// fetched: this passes in CI's network namespace), then the installed `secure-compose` runs on a corpus file, directly
// and through `npx --offline`. The last test measures its startup against bare `node`.
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { npmEnv, PACKAGE_JSON, packPackage, ROOT } from './package-testing'

const CORPUS_FILE = join(ROOT, 'test/corpus/awesome-compose/flask-redis.yaml')
let work = ''
let project = ''
let env: NodeJS.ProcessEnv = {}
let packed: { tarball: string; files: string[] } = { tarball: '', files: [] }

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd: project, env: { ...env, ...extraEnv }, encoding: 'utf8', timeout: 60_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}
const bin = (...args: string[]) => run(join(project, 'node_modules/.bin/secure-compose'), args)

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'secure-compose-pack-'))
  env = npmEnv(join(work, 'npm-cache'))
  packed = packPackage(work, env)
  project = join(work, 'project')
  mkdirSync(project)
  execFileSync('npm', ['install', '--omit=dev', '--offline', '--no-audit', '--no-fund', packed.tarball], {
    cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000,
  })
  copyFileSync(CORPUS_FILE, join(project, 'compose.yaml'))
}, 240_000)
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }) })

describe('the secure-compose npm package', { timeout: 60_000 }, () => {
  it('packs only the bin, the bundle, its notices, README, LICENSE and package.json, and has no dependencies', () => {
    expect(packed.files).toEqual(['LICENSE', 'README.md', 'bin/secure-compose.mjs', 'dist/THIRD-PARTY-NOTICES.txt', 'dist/secure-compose.mjs', 'package.json'])
    expect(PACKAGE_JSON.dependencies).toBeUndefined()
    expect(PACKAGE_JSON.bin).toEqual({ 'secure-compose': 'bin/secure-compose.mjs' })
    // One version for the clone's CLI and the package (the Action pins the package by it).
    expect(PACKAGE_JSON.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)
  })

  it('installs offline with --omit=dev as one package: no React, Monaco or Vite', () => {
    expect(readdirSync(join(project, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', 'secure-compose'])
    const bundle = readFileSync(join(project, 'node_modules/secure-compose/dist/secure-compose.mjs'), 'utf8')
    // Static imports start a statement (minified: after ; or }); the text `from"` also occurs inside strings.
    const imports = [...bundle.matchAll(/(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)]
      .map((m) => m[1] ?? m[2])
    expect(imports.length).toBeGreaterThan(0)
    expect(imports.filter((spec) => !spec.startsWith('node:'))).toEqual([])
    expect(bundle).not.toMatch(/sourceMappingURL/)
    expect(readFileSync(join(project, 'node_modules/secure-compose/dist/THIRD-PARTY-NOTICES.txt'), 'utf8')).toMatch(/^yaml \d+\.\d+\.\d+ \(ISC\)$/m)
  })

  it('the installed bin checks a corpus file: findings by service, the score, exit 1 on a high finding', () => {
    expect(bin('--version')).toMatchObject({ code: 0, stdout: `${PACKAGE_JSON.version}\n` })
    const r = bin('check', 'compose.yaml')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^compose\.yaml\n {2}redis {2}\d+\/100 [A-F]\n/)
    expect(r.stdout).toMatch(/^ {4}\d+:\d+ +high +\S+/m)
    expect(r.stdout).toMatch(/Score: \d+\/100 [A-F]/)
    expect(bin('check', 'compose.yaml', '--fail-on', 'none').code).toBe(0)
  })

  it('the installed bin fixes the file: the hardened YAML on stdout, or written in place with --write', () => {
    const before = readFileSync(join(project, 'compose.yaml'), 'utf8')
    const printed = bin('fix', 'compose.yaml')
    expect(printed.code).toBe(0)
    expect(printed.stdout).toContain('no-new-privileges:true')
    expect(printed.stderr).toMatch(/^secure-compose: compose\.yaml: \d+ fix(es)? applied; score \d+ [A-F] → \d+ [A-F]/)
    expect(readFileSync(join(project, 'compose.yaml'), 'utf8')).toBe(before)
    writeFileSync(join(project, 'fixed.yaml'), before)
    expect(bin('fix', 'fixed.yaml', '--unsafe', '--write').code).toBe(0)
    const score = (file: string) => JSON.parse(bin('check', file, '--format', 'json', '--fail-on', 'none').stdout).score.value as number
    expect(score('fixed.yaml')).toBeGreaterThan(score('compose.yaml'))
  })

  it('npx --offline secure-compose runs the installed package', () => {
    const viaNpx = run('npx', ['--offline', 'secure-compose', 'check', 'compose.yaml', '--format', 'json', '--fail-on', 'none'])
    expect(viaNpx.code).toBe(0)
    expect(JSON.parse(viaNpx.stdout)).toEqual(JSON.parse(bin('check', 'compose.yaml', '--format', 'json', '--fail-on', 'none').stdout))
  })

  it('starts fast: a check of a small file costs well under 300 ms of CPU beyond starting node', () => {
    // CPU time (all threads, from process.cpuUsage at exit) rather than wall time, which a loaded CI machine inflates.
    const probe = join(work, 'cpu-probe.cjs')
    const report = join(work, 'cpu.txt')
    writeFileSync(probe, `process.on('exit', () => require('node:fs').appendFileSync(${JSON.stringify(report)}, (() => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 })() + '\\n'))\n`)
    const measure = (cmd: string, args: string[]) => {
      writeFileSync(report, '')
      const wall: number[] = []
      for (let i = 0; i < 5; i++) {
        const t = performance.now()
        expect(run(cmd, args, { NODE_OPTIONS: `--require ${probe}` }).code).toBeLessThan(2)
        wall.push(performance.now() - t)
      }
      const cpu = readFileSync(report, 'utf8').trim().split('\n').map(Number)
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
      return { cpu: median(cpu), wall: median(wall) }
    }
    const node = measure(process.execPath, ['-e', '0'])
    const check = measure(join(project, 'node_modules/.bin/secure-compose'), ['check', 'compose.yaml'])
    console.log(`startup, median of 5: node -e 0 ${node.cpu.toFixed(0)} ms CPU / ${node.wall.toFixed(0)} ms wall; ` +
      `secure-compose check (${readFileSync(CORPUS_FILE, 'utf8').split('\n').length} lines) ${check.cpu.toFixed(0)} ms CPU / ${check.wall.toFixed(0)} ms wall`)
    expect(check.cpu - node.cpu).toBeLessThan(300)
  })
})
