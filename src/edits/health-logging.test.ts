import { applyBuilt as apply } from './test-utils'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { readRestart } from '../compose/read/settings'
import {
  healthcheckInputProblems,
  healthcheckTemplatePlan,
  healthcheckTemplateTest,
  joinArgs,
  readHealthcheckForm,
  readLoggingForm,
  recommendedLoggingPlan,
  setHealthcheckDisabledPlan,
  setLoggingPlan,
  setRestartPlan,
  splitArgs,
  updateHealthcheckPlan,
} from './health-logging'
import type { HealthcheckInput } from './health-logging'

const TEXT = `services:
  app:
    image: ghcr.io/example/app:1.4.2
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8080/health"]  # the app's probe
      interval: 30s
      timeout: 5s
      retries: 3
    logging:
      driver: json-file   # rotated below
      options:
        max-size: 10m
        max-file: "3"
    restart: unless-stopped  # survive reboots
  db:
    image: postgres:16.4-alpine
`

const service = (text: string, name = 'app') => parseCompose(text).services.find((s) => s.name === name)!

const input = (text: string, change: Partial<HealthcheckInput>, name = 'app'): HealthcheckInput => ({ ...readHealthcheckForm(service(text, name)).input, ...change })

describe('command lines', () => {
  it('round-trips words through quoting', () => {
    const words = ['sh', '-c', 'curl -f http://x || exit 1', '', 'say "hi"', 'a\\b']
    expect(joinArgs(words)).toBe('sh -c "curl -f http://x || exit 1" "" "say \\"hi\\"" "a\\\\b"')
    expect(splitArgs(joinArgs(words))).toEqual(words)
    expect(splitArgs(" mongosh --eval 'db.adminCommand(\"ping\")' ")).toEqual(['mongosh', '--eval', 'db.adminCommand("ping")'])
    expect(splitArgs('echo "open')).toMatch(/Close the double quote/)
  })
})

describe('healthcheck', () => {
  it('reads an exec list as CMD words, a string or CMD-SHELL list as a shell command, NONE as disabled', () => {
    expect(readHealthcheckForm(service(TEXT))).toMatchObject({
      state: 'enabled',
      input: { kind: 'CMD', command: 'wget -qO- http://127.0.0.1:8080/health', interval: '30s', timeout: '5s', retries: '3', startPeriod: '' },
    })
    const shell = 'services:\n  app:\n    healthcheck:\n      test: pg_isready -U postgres\n'
    expect(readHealthcheckForm(service(shell)).input).toMatchObject({ kind: 'CMD-SHELL', command: 'pg_isready -U postgres' })
    expect(readHealthcheckForm(service('services:\n  app:\n    healthcheck:\n      test: ["NONE"]\n')).state).toBe('disabled')
    expect(readHealthcheckForm(service(TEXT, 'db')).state).toBe('absent')
  })

  it('edits only the changed words of the test list, and each changed key, keeping comments', () => {
    const out = apply(TEXT, updateHealthcheckPlan(parseCompose(TEXT), 'app', input(TEXT, { command: 'wget -qO- http://127.0.0.1:9090/health', interval: '10s', retries: '5', startPeriod: '20s' })))
    expect(out).toBe(
      TEXT.replace('"http://127.0.0.1:8080/health"]', '"http://127.0.0.1:9090/health"]')
        .replace('interval: 30s', 'interval: 10s')
        .replace('retries: 3\n', 'retries: 5\n      start_period: 20s\n'),
    )
  })

  it('switches between CMD and CMD-SHELL, and keeps a string test a string', () => {
    expect(apply(TEXT, updateHealthcheckPlan(parseCompose(TEXT), 'app', input(TEXT, { kind: 'CMD-SHELL', command: 'wget -qO- http://127.0.0.1:8080/health || exit 1' })))).toBe(
      TEXT.replace('["CMD", "wget", "-qO-", "http://127.0.0.1:8080/health"]', '["CMD-SHELL", "wget -qO- http://127.0.0.1:8080/health || exit 1"]'),
    )
    const shell = 'services:\n  app:\n    healthcheck:\n      test: pg_isready # ready?\n'
    expect(apply(shell, updateHealthcheckPlan(parseCompose(shell), 'app', input(shell, { command: 'pg_isready -U app' })))).toBe(shell.replace('pg_isready #', 'pg_isready -U app #'))
  })

  it('deletes emptied keys and refuses bad durations', () => {
    expect(apply(TEXT, updateHealthcheckPlan(parseCompose(TEXT), 'app', input(TEXT, { timeout: '', retries: '' })))).toBe(TEXT.replace('      timeout: 5s\n      retries: 3\n', ''))
    expect(updateHealthcheckPlan(parseCompose(TEXT), 'app', input(TEXT, { interval: '30 seconds' }))).toMatch(/duration/)
    expect(healthcheckInputProblems(input(TEXT, { retries: 'three', command: 'echo "x' }))).toEqual({
      retries: expect.stringMatching(/whole number/),
      command: expect.stringMatching(/Close the double quote/),
    })
    expect(updateHealthcheckPlan(parseCompose(TEXT), 'app', input(TEXT, {}))).toBeNull()
  })

  it('fills a template that fits the image when none exists: its own probe from the image table', () => {
    expect(apply(TEXT, healthcheckTemplatePlan(parseCompose(TEXT), 'db'))).toBe(
      `${TEXT}    healthcheck:\n      test:\n        - CMD\n        - pg_isready\n        - -h\n        - 127.0.0.1\n        - -U\n        - postgres\n      interval: 30s\n      timeout: 5s\n      retries: 3\n      start_period: 10s\n`,
    )
    expect(healthcheckTemplatePlan(parseCompose(TEXT), 'app')).toMatch(/already/)
  })

  it('takes the probe from the image table per image and tag, else a database\'s usual probe, else an HTTP one', () => {
    const test = (image: string) => healthcheckTemplateTest(service(`services:\n  s:\n    image: ${image}\n`, 's'))
    expect(test('postgres:16-alpine')).toEqual({
      test: ['CMD', 'pg_isready', '-h', '127.0.0.1', '-U', 'postgres'], note: expect.stringContaining('pg_isready'), source: 'https://hub.docker.com/_/postgres',
    })
    expect(test('mysql:8.4').test).toEqual(['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1'])
    expect(test('mariadb:11').test).toEqual(['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'])
    expect(test('redis:7-alpine').test).toEqual(['CMD', 'redis-cli', 'ping'])
    expect(test('mongo:5').test).toEqual(['CMD', 'mongo', '--quiet', '--eval', "db.adminCommand('ping')"])
    expect(test('nginx:1.27').test).toEqual(['CMD', 'curl', '-fsS', '-o', '/dev/null', 'http://127.0.0.1/'])
    expect(test('nginx:1.27-alpine').test).toEqual(['CMD', 'wget', '-q', '--spider', 'http://127.0.0.1/'])
    expect(test('clickhouse/clickhouse-server:24.8').test).toEqual(['CMD', 'wget', '--spider', '-q', 'http://127.0.0.1:8123/ping'])
    // Not in the table: the usual probe of the database, or the HTTP probe to adapt, with no source.
    expect(test('ghcr.io/immich-app/postgres:14')).toEqual({ test: ['CMD-SHELL', 'pg_isready -U postgres'] })
    expect(test('alpine:3.20')).toEqual({ test: ['CMD-SHELL', 'wget -q --spider http://127.0.0.1:8080/health || exit 1'] })
  })

  it('disables without a test (compose refuses both), and enables with the template test', () => {
    const disabled = apply(TEXT, setHealthcheckDisabledPlan(parseCompose(TEXT), 'app', true))
    expect(disabled).toBe(TEXT.replace('      test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8080/health"]  # the app\'s probe\n', '').replace('retries: 3\n', 'retries: 3\n      disable: true\n'))
    expect(apply(disabled, setHealthcheckDisabledPlan(parseCompose(disabled), 'app', false))).toBe(
      TEXT.replace('      test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8080/health"]  # the app\'s probe\n', '').replace(
        'retries: 3\n',
        'retries: 3\n      test:\n        - CMD-SHELL\n        - wget -q --spider http://127.0.0.1:8080/health || exit 1\n',
      ),
    )
  })

  it('overrides an inherited health check on the service, leaving the anchor alone', () => {
    const inherited = 'x-hc: &hc\n  healthcheck:\n    test: ["CMD", "true"]\n    interval: 30s\nservices:\n  app:\n    <<: *hc\n    image: x\n'
    expect(apply(inherited, updateHealthcheckPlan(parseCompose(inherited), 'app', input(inherited, { interval: '' })))).toBe(
      `${inherited}    healthcheck:\n      test:\n        - CMD\n        - "true"\n`,
    )
  })
})

describe('logging', () => {
  it('reads the driver and rotation', () => {
    expect(readLoggingForm(service(TEXT))).toMatchObject({ present: true, input: { driver: 'json-file', maxSize: '10m', maxFile: '3' } })
    expect(readLoggingForm(service(TEXT, 'db'))).toMatchObject({ present: false, input: { driver: '', maxSize: '', maxFile: '' } })
  })

  it('changes the size and keeps max-file a string', () => {
    expect(apply(TEXT, setLoggingPlan(parseCompose(TEXT), 'app', { driver: 'local', maxSize: '50m', maxFile: '5' }))).toBe(
      TEXT.replace('driver: json-file   #', 'driver: local   #').replace('max-size: 10m', 'max-size: 50m').replace('max-file: "3"', 'max-file: "5"'),
    )
  })

  it('drops rotation options when switching to a driver that refuses them', () => {
    expect(apply(TEXT, setLoggingPlan(parseCompose(TEXT), 'app', { driver: 'journald', maxSize: '10m', maxFile: '3' }))).toBe(
      TEXT.replace('driver: json-file   #', 'driver: journald   #').replace('      options:\n        max-size: 10m\n        max-file: "3"\n', ''),
    )
  })

  it('writes the recommended logging when none exists, and refuses bad sizes', () => {
    expect(apply(TEXT, recommendedLoggingPlan(parseCompose(TEXT), 'db'))).toBe(`${TEXT}    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n        max-file: "3"\n`)
    expect(recommendedLoggingPlan(parseCompose(TEXT), 'app')).toBeNull()
    expect(setLoggingPlan(parseCompose(TEXT), 'app', { driver: 'json-file', maxSize: 'ten', maxFile: '0' })).toMatch(/size such as 10m/)
  })
})

describe('restart', () => {
  it('reads and sets the policy in place', () => {
    expect(readRestart(service(TEXT))).toMatchObject({ policy: 'unless-stopped', maxRetries: '' })
    expect(readRestart(service(TEXT, 'db'))).toEqual({ maxRetries: '' })
    expect(apply(TEXT, setRestartPlan(parseCompose(TEXT), 'app', { policy: 'on-failure', maxRetries: '5' }))).toBe(TEXT.replace('restart: unless-stopped  #', 'restart: on-failure:5  #'))
    expect(apply(TEXT, setRestartPlan(parseCompose(TEXT), 'db', { policy: 'no' }))).toBe(`${TEXT}    restart: "no"\n`)
    expect(setRestartPlan(parseCompose(TEXT), 'app', { policy: 'unless-stopped' })).toBeNull()
    expect(setRestartPlan(parseCompose(TEXT), 'app', { policy: 'on-failure', maxRetries: 'x' })).toMatch(/whole number/)
  })

  it('reads no quoted or not, and keeps an unknown policy as written', () => {
    expect(readRestart(service('services:\n  app:\n    restart: "no"\n')).policy).toBe('no')
    expect(readRestart(service('services:\n  app:\n    restart: no\n')).policy).toBe('no')
    expect(readRestart(service('services:\n  app:\n    restart: sometimes\n')).policy).toBe('sometimes')
  })
})
