// The CI files that no test can run here (issue 12.2): there is no Docker engine and no pre-commit in CI. compose.yaml,
// which runs the CLI image, must score A with the built CLI; the Dockerfile must keep to the project's advice (a
// distroless runtime without RUN, a numeric non-root user, an exec-form ENTRYPOINT, only files the build makes or the
// context has); the pre-commit hook must match compose files only and run the command the root package ships.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { npmEnv, ROOT } from './package-testing'

let work = ''
let bundle = ''

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'secure-compose-ci-files-'))
  bundle = join(work, 'secure-compose.mjs')
  // The same build as dist-cli/ and the package, into a folder of its own (e2e.test.ts rebuilds dist-cli/ meanwhile).
  const build = `import * as esbuild from 'esbuild'; import { buildCliBundle } from './scripts/cli-bundle.mjs'
    await buildCliBundle(esbuild, { root: process.cwd(), outfile: ${JSON.stringify(bundle)}, packageJson: 'package.json' })`
  execFileSync(process.execPath, ['--input-type=module', '-e', build], { cwd: ROOT, stdio: 'inherit' })
}, 120_000)
afterAll(() => { if (work) rmSync(work, { recursive: true, force: true }) })

describe('compose.yaml (runs the CLI image)', { timeout: 60_000 }, () => {
  it('scores 100/A with the built CLI: only the advice-only info finding, the healthcheck waived with its reason', () => {
    const r = spawnSync(process.execPath, [bundle, 'check', 'compose.yaml', '--format', 'json', '--fail-on', 'low'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as { score: { value: number; grade: string }; findings: Array<{ ruleId: string; severity: string; waived?: { reason: string } }> }
    expect(report.score).toMatchObject({ value: 100, grade: 'A' })
    expect(report.findings.filter((f) => !f.waived && f.severity !== 'info')).toEqual([])
    expect(report.findings.filter((f) => f.waived).map((f) => f.ruleId)).toEqual(['require-healthcheck'])
  })

  it('runs the image the Dockerfile builds, as the user the Dockerfile names, without a network', () => {
    const service = (parse(readFileSync(join(ROOT, 'compose.yaml'), 'utf8')) as { services: Record<string, Record<string, unknown>> }).services['secure-compose']
    expect(service).toMatchObject({ build: '.', read_only: true, cap_drop: ['ALL'], network_mode: 'none' })
    expect(`USER ${service.user as string}`).toBe(dockerStages()[1].find((l) => l.startsWith('USER ')))
    expect(service.image).toBe(`secure-compose:${JSON.parse(readFileSync(join(ROOT, 'packages/secure-compose/package.json'), 'utf8')).version}`)
  })
})

/** The Dockerfile's instructions (continuation lines joined, comments dropped), split into stages. */
function dockerStages(): string[][] {
  const lines = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))
  const stages: string[][] = []
  for (const line of lines) {
    if (line.startsWith('FROM ')) stages.push([])
    stages.at(-1)!.push(line)
  }
  return stages
}

describe('Dockerfile', () => {
  it('builds the package bundle in a Node.js stage from the lockfile', () => {
    const [build] = dockerStages()
    expect(build[0]).toMatch(/^FROM node:\d+\S* AS build$/)
    expect(build).toContain('RUN npm ci --ignore-scripts --no-audit --no-fund')
    expect(build.at(-1)).toBe('RUN node scripts/build-package.mjs')
  })

  it('runs as a numeric non-root user on a distroless image with an exec-form ENTRYPOINT and no RUN (no shell)', () => {
    const stages = dockerStages()
    expect(stages).toHaveLength(2)
    const runtime = stages[1]
    expect(runtime[0]).toMatch(/^FROM gcr\.io\/distroless\/nodejs\d+-debian\d+:nonroot$/)
    expect(runtime.filter((l) => /^(RUN|SHELL|ADD)\b/.test(l))).toEqual([])
    const user = runtime.find((l) => l.startsWith('USER '))!
    expect(user).toMatch(/^USER [1-9]\d*:[1-9]\d*$/)
    expect(runtime.indexOf(user)).toBeLessThan(runtime.findIndex((l) => l.startsWith('ENTRYPOINT ')))
    expect(JSON.parse(runtime.find((l) => l.startsWith('ENTRYPOINT '))!.slice('ENTRYPOINT '.length))).toEqual(['/nodejs/bin/node', '/app/secure-compose.mjs'])
  })

  it('copies only files the context has (and .dockerignore keeps) or the build stage makes', () => {
    const ignore = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1))
    const made = ['/src/packages/secure-compose/dist/secure-compose.mjs', '/src/packages/secure-compose/dist/THIRD-PARTY-NOTICES.txt']
    for (const line of dockerStages().flat().filter((l) => l.startsWith('COPY '))) {
      const args = line.split(/\s+/).slice(1)
      const fromBuild = args[0] === '--from=build'
      for (const source of args.slice(fromBuild ? 1 : 0, -1)) {
        if (fromBuild) expect(made).toContain(source)
        else {
          expect(existsSync(join(ROOT, source)), source).toBe(true)
          expect(ignore.some((keep) => source === keep || source.startsWith(keep)), source).toBe(true)
        }
      }
    }
  })
})

describe('.pre-commit-hooks.yaml', { timeout: 60_000 }, () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string }>

  it('has the hook secure-compose, a node hook running check on compose files only', () => {
    expect(hooks.map((h) => h.id)).toEqual(['secure-compose'])
    const [hook] = hooks
    expect(hook).toMatchObject({ language: 'node', entry: 'secure-compose check' })
    const files = new RegExp(hook.files)
    for (const path of ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'deploy/docker-compose.prod.yaml', 'a/b/compose.override.yml']) expect(path).toMatch(files)
    for (const path of ['settings.yaml', 'compose.json', 'mycompose.yaml', 'compose.yaml.bak', 'docs/compose.md']) expect(path).not.toMatch(files)
  })

  it('pre-commit installs the root package: its pack ships the bin and the bundle, and has no prepare script', () => {
    // pre-commit reads the output of `npm pack` as the tarball's name; a prepare script's banner would corrupt it.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> }
    expect(pkg.bin[hooks[0].entry.split(' ')[0]]).toBe('bin/secure-compose.js')
    expect(pkg.scripts.prepare).toBeUndefined()
    expect(pkg.scripts.prepack).toBeUndefined()
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, env: npmEnv(join(work, 'npm-cache')), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0].files.map((f) => f.path)
    expect(files).toContain('bin/secure-compose.js')
    expect(files).toContain('scripts/build-cli.mjs')
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/'))).toEqual([])
  })
})
