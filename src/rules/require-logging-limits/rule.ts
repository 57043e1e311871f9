// require-logging-limits: json-file and local logs grow until the disk is full unless max-size caps them.
import { readLogging } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { toText } from '../../compose/read/values'
import { relabel } from '../../edits/edit-result'
import { recommendedLoggingPlan } from '../../edits/health-logging'
import { defineRule, planOrNull } from '../define-rule'

const ROTATING = new Set(['json-file', 'local'])

type Problem =
  | { kind: 'missing' }
  | { kind: 'unbounded'; driver: string; unlimited: boolean }

function problem(service: ServiceView): Problem | undefined {
  const logging = readLogging(service)
  if (!logging.present) return { kind: 'missing' }
  const driverWritten = service.data.logging !== null && typeof service.data.logging === 'object' && 'driver' in service.data.logging
  // A driver that depends on an unset variable is unknown: neither good nor bad.
  if (driverWritten && logging.driver === undefined) return undefined
  const driver = logging.driver?.trim() ?? ''
  if (driver !== '' && !ROTATING.has(driver)) return undefined
  if (logging.maxSize === undefined || logging.maxSize === null) return { kind: 'unbounded', driver, unlimited: false }
  const size = toText(logging.maxSize)
  if (!size.known) return undefined
  return size.value.trim() === '-1' ? { kind: 'unbounded', driver, unlimited: true } : undefined
}

export default defineRule({
  id: 'require-logging-limits',
  title: 'Limit the size of container logs',
  description:
    'Docker\'s default json-file log driver keeps everything a container writes to stdout and stderr, forever, ' +
    'on the host\'s disk. A chatty or attacker-driven container (a log-flooding request loop) can fill /var/lib/docker ' +
    'and take down every container on the host. Setting `max-size` (and `max-file`) rotates the logs; shipping them ' +
    'to a central log driver also keeps them for audit.',
  severity: 'low',
  checklist: ['logging'],
  references: [
    'Runtime Security Checklist: configure logging',
    'https://docs.docker.com/reference/compose-file/services/#logging',
    'https://docs.docker.com/engine/logging/drivers/json-file/',
  ],
  fix: 'safe',
  panel: 'health-logging',
  fixLabel: 'Cap logs at 10m × 3 files',
  howToFix: 'Add `logging: {driver: json-file, options: {max-size: 10m, max-file: "3"}}`, or set the same defaults for every container in the daemon\'s `daemon.json`.',
  fixDescription:
    'Adds `logging: {driver: json-file, options: {max-size: 10m, max-file: "3"}}` when the service has no logging; ' +
    'when it has json-file or local logging without a size cap, adds only the missing `max-size: 10m` (and ' +
    '`max-file: "3"` when that is missing too), keeping its other options. Logging options without a driver get ' +
    '`driver: json-file`, the daemon\'s usual default, because size options are only valid for json-file and local.',
  messages: {
    missing: 'No logging settings: the default json-file driver keeps every log line on the host\'s disk, without a size limit.',
    noMaxSize: 'logging uses the {{driver}} driver without max-size, so the log file grows without limit.',
    noDriver: 'logging sets no driver and no max-size: with the usual json-file default the log grows without limit.',
    unlimited: 'logging max-size is -1 (unlimited), so the log file grows without limit.',
  },
  checkService({ service, report }) {
    const p = problem(service)
    if (!p) return
    if (p.kind === 'missing') report({ messageId: 'missing', ...(service.data.logging === null ? { at: ['logging'] } : {}) })
    else if (p.unlimited) report({ messageId: 'unlimited', at: ['logging', 'options', 'max-size'] })
    else report({ messageId: p.driver ? 'noMaxSize' : 'noDriver', at: ['logging'], data: { driver: p.driver } })
  },
  fixPlan({ file, service }) {
    // The Health & logging form's "Recommended" logging: what is missing of json-file, 10m × 3 files.
    if (!service || !problem(service)) return null
    return planOrNull(relabel(recommendedLoggingPlan(file, service.name), 'Limit the log size'))
  },
})
