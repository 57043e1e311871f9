// require-pids-limit: without a PID limit a fork bomb in one container exhausts the host's process table.
import { readLimit } from '../../compose/read/settings'
import { relabel } from '../../edits/edit-result'
import { setResourcePlan } from '../../edits/resources'
import { defineRule, planOrNull } from '../define-rule'
import { shown } from '../container-helpers'

export const PIDS_LIMIT = 100

export default defineRule({
  id: 'require-pids-limit',
  title: 'Limit the number of processes',
  description:
    'The number of processes is a host-wide resource. A container without a PID limit can fork until the host\'s process table is full (a fork bomb), after which no container and no host service can start a process. `pids_limit` or `deploy.resources.limits.pids` caps it; 0 and -1 both mean unlimited. A limit that is an interpolation counts when its default is a number; one without default is unknown, and unknown is not reported as missing.',
  severity: 'medium',
  checklist: ['resource-limits'],
  references: ['CIS Docker Benchmark 5.29', 'https://docs.docker.com/reference/compose-file/services/#pids_limit', 'https://docs.docker.com/reference/compose-file/deploy/#resources'],
  fix: 'unsafe',
  panel: 'resources',
  fixLabel: 'Limit processes to 100',
  howToFix: 'Add `pids_limit: 100` (or `deploy.resources.limits.pids`), raised for workloads with many processes or threads.',
  fixDescription: 'Sets `pids_limit: 100` (or replaces an unlimited value where it is written); raise it for workloads that run many processes or threads.',
  messages: {
    missing: 'No process limit (`pids_limit` or `deploy.resources.limits.pids`): a fork bomb can exhaust the host\'s process table.',
    unlimited: '`{{key}}: {{value}}` means unlimited processes: a fork bomb can exhaust the host\'s process table.',
  },
  checkService({ service, report }) {
    const limit = readLimit(service, 'pids', [-1])
    if (limit.state !== 'unset') return
    const bad = limit.ineffective[0]
    if (!bad) report({ messageId: 'missing' })
    else report({ messageId: 'unlimited', at: bad.at, data: { key: bad.at.join('.'), value: shown(bad.raw) } })
  },
  fixPlan({ file, service }) {
    // The Resources form's PIDs limit set to 100 (an unlimited value is replaced where it is, else `pids_limit`).
    if (!service) return null
    return planOrNull(relabel(setResourcePlan(file, service.name, { field: 'pids', value: String(PIDS_LIMIT) }), `Limit ${service.name} to ${PIDS_LIMIT} processes`))
  },
})
