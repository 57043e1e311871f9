// Edits of the Health & logging form: `healthcheck`, `logging` and `restart`, each changed key by key so comments stay.
// The "Recommended" logging is also require-logging-limits' fix.
import { databaseOf } from '../compose/read/database-images'
import { imageKnowledge } from '../compose/read/image-knowledge/image-knowledge'
import { readHealthcheck, readImage, readLogging, toText } from '../compose/read/settings'
import type { RestartPolicy } from '../compose/read/settings'
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile, EditOp, EditPlan, Located, ServiceView } from '../compose/types'
import type { EditResult } from './edit-result'
import { findService } from './list-items'

type Dict = Record<string, unknown>

const dict = (v: unknown): Dict | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Dict) : undefined)
const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v))
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Ops that turn the map at `path` (currently `before`) into `after`: one set or delete per changed key, lists
 * item by item (so untouched items keep their quotes). An inherited map is written whole as an override instead.
 */
function mapOps(path: readonly string[], before: Dict | undefined, after: Dict, inherited: boolean): EditOp[] {
  if (same(before ?? {}, after)) return []
  if (!before || inherited) return Object.keys(after).length > 0 || inherited ? [setOp(path, after)] : [deleteOp(path)]
  const ops: EditOp[] = []
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const [was, now] = [before[key], after[key]]
    if (same(was, now)) continue
    if (now === undefined) ops.push(deleteOp([...path, key]))
    else if (Array.isArray(was) && Array.isArray(now)) ops.push(...listOps([...path, key], was, now))
    else if (dict(was) && dict(now)) ops.push(...mapOps([...path, key], dict(was), dict(now)!, false))
    else ops.push(setOp([...path, key], now))
  }
  return ops
}

function listOps(path: readonly (string | number)[], before: unknown[], after: unknown[]): EditOp[] {
  const ops: EditOp[] = []
  for (let i = 0; i < Math.min(before.length, after.length); i++) if (!same(after[i], before[i])) ops.push(setOp([...path, i], after[i]))
  for (let i = before.length - 1; i >= after.length; i--) ops.push(deleteOp([...path, i]))
  for (const v of after.slice(before.length)) ops.push(appendOp(path, v))
  return ops
}

function mapPlan(label: string, service: ServiceView, key: string, after: Dict): EditPlan | null {
  const ops = mapOps(['services', service.name, key], dict(service.data[key]), after, service.inheritedKeys.has(key))
  return ops.length > 0 ? plan(label, ...ops) : null
}

/* ---------- Command lines: an exec list shown as shell-like words ---------- */

/** Words joined by spaces; a word with spaces, quotes or backslashes is double-quoted. */
export function joinArgs(args: readonly string[]): string {
  return args.map((a) => (a === '' || /[\s"'\\]/.test(a) ? `"${a.replace(/["\\]/g, '\\$&')}"` : a)).join(' ')
}

/** Splits like a POSIX shell would (quotes and backslashes, no expansion); a string says what is wrong. */
export function splitArgs(line: string): string[] | string {
  const words: string[] = []
  let word: string | null = null
  let quote: '"' | "'" | null = null
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote === "'") {
      if (c === "'") quote = null
      else word += c
    } else if (quote === '"') {
      if (c === '"') quote = null
      else if (c === '\\' && (line[i + 1] === '"' || line[i + 1] === '\\')) word += line[++i]
      else word += c
    } else if (/\s/.test(c)) {
      if (word !== null) words.push(word)
      word = null
    } else {
      word ??= ''
      if (c === '"' || c === "'") quote = c
      else if (c === '\\' && i + 1 < line.length) word += line[++i]
      else word += c
    }
  }
  if (quote) return `Close the ${quote === '"' ? 'double' : 'single'} quote in the command.`
  if (word !== null) words.push(word)
  return words
}

/* ---------- Healthcheck ---------- */

export type TestKind = 'CMD' | 'CMD-SHELL'
export type HealthState = 'absent' | 'enabled' | 'disabled'

export interface HealthcheckInput {
  kind: TestKind
  command: string
  interval: string
  timeout: string
  retries: string
  startPeriod: string
}

export interface HealthcheckForm {
  state: HealthState
  input: HealthcheckInput
  located?: Located
}

export function readHealthcheckForm(service: ServiceView): HealthcheckForm {
  const hc = readHealthcheck(service)
  const data = dict(service.data.healthcheck) ?? {}
  const test = data.test
  let kind: TestKind = 'CMD-SHELL'
  let command = ''
  if (typeof test === 'string') command = test
  else if (Array.isArray(test) && test.length > 0) {
    const [first, ...rest] = test.map(text)
    if (first.toUpperCase() === 'CMD-SHELL') command = rest.join(' ')
    else if (first.toUpperCase() === 'CMD') [kind, command] = ['CMD', joinArgs(rest)]
    else if (first.toUpperCase() !== 'NONE') [kind, command] = ['CMD', joinArgs([first, ...rest])]
  }
  return {
    state: !hc.present ? 'absent' : hc.disabled ? 'disabled' : 'enabled',
    input: { kind, command, interval: text(data.interval), timeout: text(data.timeout), retries: text(data.retries), startPeriod: text(data.start_period) },
    located: hc.located,
  }
}

const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/
const isVariable = (v: string) => v.includes('$')

export function durationProblem(value: string): string | undefined {
  const v = value.trim()
  if (!v || isVariable(v) || DURATION.test(v)) return undefined
  return 'Write a duration such as 30s, 1m30s or 500ms.'
}

export function healthcheckInputProblems(input: HealthcheckInput): Partial<Record<keyof HealthcheckInput, string>> {
  const out: Partial<Record<keyof HealthcheckInput, string>> = {}
  if (input.kind === 'CMD') {
    const words = splitArgs(input.command)
    if (typeof words === 'string') out.command = words
  }
  for (const key of ['interval', 'timeout', 'startPeriod'] as const) {
    const problem = durationProblem(input[key])
    if (problem) out[key] = problem
  }
  const retries = input.retries.trim()
  if (retries && !isVariable(retries) && !/^\d+$/.test(retries)) out.retries = 'Write a whole number of retries, for example 3.'
  return out
}

/** The `test` value for the inputs: a string stays a string (compose runs it with a shell), else a CMD / CMD-SHELL list. */
function testValue(kind: TestKind, command: string, before: unknown): unknown {
  const c = command.trim()
  if (!c) return undefined
  if (kind === 'CMD-SHELL') return typeof before === 'string' ? c : ['CMD-SHELL', c]
  return ['CMD', ...(splitArgs(c) as string[])]
}

/** Null when nothing changes; a sentence when the inputs cannot be written. */
export function updateHealthcheckPlan(file: ComposeFile, name: string, input: HealthcheckInput): EditResult {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const problem = Object.values(healthcheckInputProblems(input))[0]
  if (problem) return problem
  const before = dict(service.data.healthcheck) ?? {}
  const current = readHealthcheckForm(service).input
  const after: Dict = { ...before }
  const put = (key: string, value: unknown) => {
    if (value === undefined || value === '') delete after[key]
    else after[key] = value
  }
  if (input.kind !== current.kind || input.command.trim() !== current.command.trim()) put('test', testValue(input.kind, input.command, before.test))
  if (input.interval.trim() !== current.interval) put('interval', input.interval.trim())
  if (input.timeout.trim() !== current.timeout) put('timeout', input.timeout.trim())
  if (input.startPeriod.trim() !== current.startPeriod) put('start_period', input.startPeriod.trim())
  const retries = input.retries.trim()
  if (retries !== current.retries) put('retries', /^\d+$/.test(retries) ? Number(retries) : retries)
  return mapPlan(`Change the health check of ${service.name}`, service, 'healthcheck', after)
}

/** Probes for database images the image table has no check for (other registries' builds, Bitnami's images). */
const DATABASE_PROBES: Record<string, string[]> = {
  postgres: ['CMD-SHELL', 'pg_isready -U postgres'],
  postgresql: ['CMD-SHELL', 'pg_isready -U postgres'],
  mysql: ['CMD', 'mysqladmin', 'ping', '-h', '127.0.0.1'],
  mariadb: ['CMD', 'healthcheck.sh', '--connect', '--innodb_initialized'],
  redis: ['CMD', 'redis-cli', 'ping'],
  valkey: ['CMD', 'valkey-cli', 'ping'],
  mongo: ['CMD', 'mongosh', '--quiet', '--eval', "db.adminCommand('ping')"],
}

/** The probe to adapt when nothing is known about the image. */
const HTTP_PROBE = ['CMD-SHELL', 'wget -q --spider http://127.0.0.1:8080/health || exit 1']

export interface HealthcheckTemplateTest {
  test: readonly string[]
  /** What the image table says about the check (what it needs, what to adapt), and its source; absent for a guess. */
  note?: string
  source?: string
}

/**
 * The `test` the template writes for a service: its image's own probe from the image table (`pg_isready`, `mysqladmin
 * ping`, `redis-cli ping`, …; the image as written, tag included, since nginx's differs on alpine tags), else a
 * database's usual probe, else an HTTP probe to adapt.
 */
export function healthcheckTemplateTest(service: ServiceView): HealthcheckTemplateTest {
  const image = service.data.image
  const facts = typeof image === 'string' ? imageKnowledge(image) : undefined
  if (facts?.healthcheck) return { test: facts.healthcheck.test, note: facts.healthcheck.note, source: facts.sources[0] }
  const ref = readImage(service)
  const db = ref && !ref.unknown ? databaseOf(ref.name) : undefined
  return { test: (db ? DATABASE_PROBES[db] : undefined) ?? HTTP_PROBE }
}

/** A health check that fits the service's image (healthcheckTemplateTest), checked every 30s. */
export function healthcheckTemplate(service: ServiceView): Dict {
  return {
    test: [...healthcheckTemplateTest(service).test],
    interval: '30s',
    timeout: '5s',
    retries: 3,
    start_period: '10s',
  }
}

export function healthcheckTemplatePlan(file: ComposeFile, name: string): EditResult {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  if (readHealthcheck(service).present) return 'This service has a health check already; edit it in the form.'
  return plan(`Add a health check to ${service.name}`, setOp(['services', service.name, 'healthcheck'], healthcheckTemplate(service)))
}

/** Compose refuses `disable: true` beside a `test`, so disabling drops the test and enabling brings back the template's. */
export function setHealthcheckDisabledPlan(file: ComposeFile, name: string, disabled: boolean): EditResult {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const before = dict(service.data.healthcheck)
  const after: Dict = { ...before }
  if (disabled) {
    delete after.test
    after.disable = true
  } else {
    delete after.disable
    const test = after.test
    if (test === undefined || (Array.isArray(test) && text(test[0]).toUpperCase() === 'NONE')) after.test = healthcheckTemplate(service).test
  }
  return mapPlan(`${disabled ? 'Disable' : 'Enable'} the health check of ${service.name}`, service, 'healthcheck', after)
}

/* ---------- Logging ---------- */

/** Docker's built-in drivers; json-file and local rotate by max-size / max-file. */
export const LOG_DRIVERS = ['json-file', 'local', 'journald', 'syslog', 'fluentd', 'gelf', 'awslogs', 'gcplogs', 'splunk', 'etwlogs', 'none'] as const
const ROTATING = new Set(['', 'json-file', 'local'])

/** True when the driver takes max-size / max-file ('' is the daemon's default, json-file unless configured). */
export const rotates = (driver: string) => ROTATING.has(driver)

export interface LoggingInput {
  driver: string
  maxSize: string
  maxFile: string
}

export interface LoggingForm {
  present: boolean
  input: LoggingInput
  located?: Located
}

export function readLoggingForm(service: ServiceView): LoggingForm {
  const l = readLogging(service)
  const driver = dict(service.data.logging)?.driver
  return { present: l.present, input: { driver: l.driver ?? text(driver), maxSize: text(l.maxSize), maxFile: text(l.maxFile) }, located: l.located }
}

export function loggingInputProblems(input: LoggingInput): Partial<Record<keyof LoggingInput, string>> {
  const out: Partial<Record<keyof LoggingInput, string>> = {}
  const size = input.maxSize.trim()
  if (size && !isVariable(size) && !/^\d+(\.\d+)?\s*[kmg]?i?b?$/i.test(size)) out.maxSize = 'Write a size such as 10m or 1g.'
  const files = input.maxFile.trim()
  if (files && !isVariable(files) && !/^[1-9]\d*$/.test(files)) out.maxFile = 'Write how many files to keep, for example 3.'
  return out
}

export function setLoggingPlan(file: ComposeFile, name: string, input: LoggingInput): EditResult {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const problem = Object.values(loggingInputProblems(input))[0]
  if (problem) return problem
  const before = dict(service.data.logging) ?? {}
  const driver = input.driver.trim()
  const after: Dict = { ...before }
  if (driver) after.driver = driver
  else delete after.driver
  const options: Dict = { ...dict(before.options) }
  // Other drivers refuse json-file's options ("unknown log opt 'max-size'"), so they go with the switch.
  const size = rotates(driver) ? input.maxSize.trim() : ''
  const files = rotates(driver) ? input.maxFile.trim() : ''
  if (size) options['max-size'] = size
  else delete options['max-size']
  // Docker wants option values as strings: max-file: "3".
  if (files) options['max-file'] = files
  else delete options['max-file']
  if (Object.keys(options).length > 0) after.options = options
  else delete after.options
  return mapPlan(`Change the logging of ${service.name}`, service, 'logging', after)
}

/** The seed's advice: json-file rotated at 10m, three files kept. */
export const RECOMMENDED_LOGGING = { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } }

/**
 * The "Recommended" button, also require-logging-limits' fix: the advice written where logging is missing; else only
 * what it lacks, key by key, keeping a rotating driver and the limits already set (an unlimited `max-size: -1` gets
 * 10m). A driver that does not rotate (or that a variable decides) is switched to json-file with the limits.
 */
export function recommendedLoggingPlan(file: ComposeFile, name: string): EditResult {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const label = `Limit the log size of ${service.name}`
  const base = ['services', service.name, 'logging']
  const logging = readLogging(service)
  if (!logging.present) return plan(label, setOp(base, RECOMMENDED_LOGGING))
  const { input } = readLoggingForm(service)
  const driver = logging.driver?.trim()
  if (driver === undefined ? input.driver !== '' : !rotates(driver)) {
    return setLoggingPlan(file, name, { driver: 'json-file', maxSize: input.maxSize || '10m', maxFile: input.maxFile || '3' })
  }
  const size = toText(logging.maxSize)
  const ops: EditOp[] = []
  // Options such as max-size are only valid for json-file or local; without a driver the daemon's default applies.
  if (!driver) ops.push(setOp([...base, 'driver'], 'json-file'))
  if (logging.maxSize === undefined || logging.maxSize === null || (size.known && size.value.trim() === '-1')) ops.push(setOp([...base, 'options', 'max-size'], '10m'))
  if (logging.maxFile === undefined) ops.push(setOp([...base, 'options', 'max-file'], '3'))
  return ops.length ? plan(label, ...ops) : null
}

/* ---------- Restart policy ---------- */

export interface RestartInput {
  policy: RestartPolicy
  /** For on-failure: how many times at most; empty for no limit. */
  maxRetries?: string
}

export function setRestartPlan(file: ComposeFile, name: string, { policy, maxRetries = '' }: RestartInput): EditResult {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const retries = policy === 'on-failure' ? maxRetries.trim() : ''
  if (retries && !/^\d+$/.test(retries)) return 'Write the maximum number of restarts as a whole number, for example 5.'
  const value = retries ? `${policy}:${retries}` : policy
  const current = service.data.restart
  if (typeof current === 'string' && current.trim() === value) return null
  return plan(`Set the restart policy of ${service.name} to ${value}`, setOp(['services', service.name, 'restart'], value))
}
