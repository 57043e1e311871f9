// The CI integrations run as written (issue 12.2): the GitHub Action's steps, read from action.yml, and the GitLab job's
// script, read from docs/ci.md, on a temporary checkout, with npm pointed at a registry on 127.0.0.1 that serves the
// freshly packed package (so nothing leaves the machine). The SARIF they write is validated against the SARIF 2.1.0
// schema in test/schemas/ (see its README).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'
import { parse } from 'yaml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loopbackRegistry, npmEnv, PACKAGE_JSON, packPackage, ROOT, runAsync } from './package-testing'
import type { Run } from './package-testing'

interface ActionStep { id?: string; name?: string; shell: string; env?: Record<string, string>; run: string }
interface Action {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, { value: string }>
  runs: { using: string; steps: ActionStep[] }
}

const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action
const PRIVILEGED = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n'
const SECURE = readFileSync(join(ROOT, 'src/examples/secure-app.yaml'), 'utf8')

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
addFormats(ajv)
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')))

let work = ''
let registry: Awaited<ReturnType<typeof loopbackRegistry>> | null = null
let baseEnv: NodeJS.ProcessEnv = {}

/** A checkout with two compose files, a YAML file that is not one, and a broken compose file under node_modules. */
function checkout(name: string): string {
  const dir = join(work, name)
  const put = (path: string, text: string) => { mkdirSync(dirname(join(dir, path)), { recursive: true }); writeFileSync(join(dir, path), text) }
  put('compose.yaml', PRIVILEGED)
  put('deploy/docker-compose.yml', SECURE)
  put('config/settings.yaml', 'debug: false\n')
  put('node_modules/some-package/compose.yaml', 'services: [\n')
  return dir
}

const expressions = (text: string) => [...text.matchAll(/\$\{\{\s*(.*?)\s*\}\}/g)].map((m) => m[1])

/** Runs the composite action's steps as the runner does: `${{ inputs.* }}` substituted, bash -eo pipefail, stop at the first failure. */
async function runAction(dir: string, inputs: Record<string, string> = {}): Promise<{ run: Run; outputs: Record<string, string> }> {
  const values = Object.fromEntries(Object.entries(ACTION.inputs).map(([k, v]) => [k, inputs[k] ?? v.default ?? '']))
  const output = join(dir, '..', `${dir.split('/').pop()}-github-output`)
  writeFileSync(output, '')
  const env = { ...baseEnv, GITHUB_ACTION_PATH: ROOT, GITHUB_WORKSPACE: dir, GITHUB_OUTPUT: output, RUNNER_TEMP: join(work, 'runner-temp') }
  let last: Run = { code: 0, stdout: '', stderr: '', ms: 0 }
  for (const [i, step] of ACTION.runs.steps.entries()) {
    expect(step.shell).toBe('bash')
    expect(expressions(step.run)).toEqual([])
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
      expect(ACTION.inputs).toHaveProperty(name)
      return values[name]
    })]))
    const script = join(work, `step-${i}.sh`)
    writeFileSync(script, step.run)
    last = await runAsync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: dir, env: { ...env, ...stepEnv } })
    if (last.code !== 0) break
  }
  const stepOutputs = Object.fromEntries(readFileSync(output, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]))
  const outputs = Object.fromEntries(Object.entries(ACTION.outputs).map(([k, v]) => [k, v.value.replace(/\$\{\{\s*steps\.check\.outputs\.([\w-]+)\s*\}\}/, (_, name: string) => stepOutputs[name] ?? '')]))
  return { run: last, outputs }
}

interface SarifResult { ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine?: number } } }> }

function expectValidSarif(path: string): SarifResult[] {
  const sarif = JSON.parse(readFileSync(path, 'utf8'))
  const valid = validateSarif(sarif)
  expect(valid ? [] : validateSarif.errors).toEqual([])
  const results = sarif.runs.flatMap((r: { results: SarifResult[] }) => r.results) as SarifResult[]
  // SARIF 2.1.0 errata 01 requires a region to say where it starts; the rtm.5 schema does not check it.
  for (const r of results) expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1)
  return results
}
const uris = (results: SarifResult[]) => [...new Set(results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))].sort()

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'secure-compose-ci-'))
  // Packed with a cache of its own: the action's install then has to fetch the tarball from the registry.
  const { tarball } = packPackage(work, npmEnv(join(work, 'pack-cache')))
  registry = await loopbackRegistry(tarball)
  baseEnv = npmEnv(join(work, 'npm-cache'), { npm_config_registry: registry.url, CI: 'true', TMPDIR: work })
}, 180_000)
afterAll(async () => {
  await registry?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

describe('action.yml', { timeout: 120_000 }, () => {
  it('is a composite action pinned to this package version, with the inputs and output the docs name', () => {
    expect(ACTION.runs.using).toBe('composite')
    expect(Object.keys(ACTION.inputs).sort()).toEqual(['fail-on', 'paths', 'sarif-file', 'version'])
    expect(ACTION.inputs.version.default).toBe(PACKAGE_JSON.version)
    expect(Object.keys(ACTION.outputs)).toEqual(['sarif-file'])
    // The documented workflow (README and docs/ci.md) uses only these inputs and uploads the action's output.
    for (const doc of ['README.md', 'docs/ci.md']) {
      const workflow = yamlBlocks(doc).find((b) => b.includes('upload-sarif'))
      expect(workflow, doc).toBeDefined()
      const steps = (parse(workflow!) as { jobs: Record<string, { steps: Array<{ id?: string; uses?: string; with?: Record<string, string> }> }> }).jobs['secure-compose'].steps
      const ours = steps.find((s) => s.id === 'secure-compose')!
      expect(Object.keys(ours.with ?? {}).filter((k) => !(k in ACTION.inputs))).toEqual([])
      expect(steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.with?.sarif_file).toBe('${{ steps.secure-compose.outputs.sarif-file }}')
    }
  })

  it('with its defaults: finds both compose files (not node_modules), writes valid SARIF, fails on the privileged service', async () => {
    const dir = checkout('defaults')
    const { run, outputs } = await runAction(dir)
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout).toMatch(/^compose\.yaml$/m)
    expect(run.stdout).toMatch(/^deploy\/docker-compose\.yml$/m)
    expect(outputs['sarif-file']).toBe('secure-compose.sarif')
    const results = expectValidSarif(join(dir, 'secure-compose.sarif'))
    expect(uris(results)).toEqual(['compose.yaml'])
    expect(results.find((r) => r.ruleId === 'no-privileged')).toMatchObject({ level: 'error' })
    expect(registry!.requests).toContain(`GET /secure-compose/-/secure-compose-${PACKAGE_JSON.version}.tgz`)
    expect(registry!.requests.filter((r) => !r.startsWith('GET /secure-compose'))).toEqual([])
  })

  it('with fail-on none, a pattern and a SARIF path in a new folder: exit 0 and the SARIF of the matched file only', async () => {
    const dir = checkout('inputs')
    writeFileSync(join(dir, 'deploy/docker-compose.yml'), PRIVILEGED)
    const { run, outputs } = await runAction(dir, { paths: 'deploy/*.yml\nmissing/**/*.yaml', 'fail-on': 'none', 'sarif-file': 'reports/scan.sarif' })
    expect(run.code, run.stderr).toBe(0)
    expect(outputs['sarif-file']).toBe('reports/scan.sarif')
    expect(uris(expectValidSarif(join(dir, 'reports/scan.sarif')))).toEqual(['deploy/docker-compose.yml'])
  })

  it('says so and fails when no file matches', async () => {
    const { run } = await runAction(checkout('none'), { paths: 'nothing/**/compose.yaml' })
    expect(run.code).toBe(2)
    expect(run.stdout).toContain('::error title=secure-compose::no compose file matches: nothing/**/compose.yaml')
  })
})

function yamlBlocks(doc: string): string[] {
  return [...readFileSync(join(ROOT, doc), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1])
}

describe('the GitLab CI job in docs/ci.md', { timeout: 120_000 }, () => {
  it('writes valid SARIF and a Code Quality report, and fails the job on the privileged service', async () => {
    const block = yamlBlocks('docs/ci.md').find((b) => /codequality:/.test(b))!
    const job = (parse(block) as Record<string, { variables: Record<string, string>; script: string[]; artifacts: { reports: { codequality: string } } }>)['secure-compose']
    const dir = checkout('gitlab')
    const script = join(work, 'gitlab.sh')
    writeFileSync(script, job.script.join('\n'))
    const run = await runAsync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: dir, env: { ...baseEnv, ...job.variables } })
    expect(run.code, run.stderr).toBe(1)
    expect(run.stdout).toMatch(/critical +no-privileged/)
    expect(uris(expectValidSarif(join(dir, 'gl-secure-compose.sarif')))).toEqual(['compose.yaml'])
    const issues = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8')) as Array<Record<string, unknown>>
    expect(issues.length).toBeGreaterThan(0)
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity'])
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity)
    }
    expect(issues.find((i) => i.check_name === 'no-privileged')).toMatchObject({ severity: 'blocker', location: { path: 'compose.yaml', lines: { begin: 4 } } })
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length)
  })
})
