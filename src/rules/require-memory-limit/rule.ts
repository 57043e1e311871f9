// require-memory-limit: without a memory limit one container can push the whole host into swap or the OOM killer.
import { readLimit } from '../../compose/read/settings'
import { relabel } from '../../edits/edit-result'
import { resourcePlace, setResourcePlan } from '../../edits/resources'
import { defineRule, planOrNull } from '../define-rule'
import { shown } from '../container-helpers'

/** 512 MiB, spelled as each syntax's documentation writes it. */
export const MEMORY_DEPLOY = '512M'
export const MEMORY_LEGACY = '512m'

export default defineRule({
  id: 'require-memory-limit',
  title: 'Limit memory',
  description:
    'A container without a memory limit can use all of the host\'s memory: a leak, a zip bomb or a deliberate attack then starves every other container and the host itself, and the kernel\'s OOM killer may pick a vital process. `deploy.resources.limits.memory` or the legacy `mem_limit` caps it. A limit of 0 means none. A limit that is an interpolation counts when its default is a size (`${MEM:-512m}`); one without default (`${MEM}`) is unknown, and unknown is not reported as missing.',
  severity: 'medium',
  checklist: ['resource-limits'],
  references: ['CIS Docker Benchmark 5.11', 'https://docs.docker.com/reference/compose-file/deploy/#resources', 'https://docs.docker.com/reference/compose-file/services/#mem_limit'],
  fix: 'unsafe',
  panel: 'resources',
  fixLabel: 'Limit memory to 512M',
  howToFix: 'Add `deploy: {resources: {limits: {memory: 512M}}}` (or `mem_limit`) sized a little above the workload\'s peak.',
  fixDescription: 'Sets a 512 MiB memory limit, in the syntax the service already uses (`deploy.resources.limits.memory: 512M`, or `mem_limit: 512m` next to legacy keys); adjust it to the workload.',
  messages: {
    missing: 'No memory limit (`deploy.resources.limits.memory` or `mem_limit`): the container can use all of the host\'s memory.',
    unlimited: '`{{key}}: {{value}}` is not a memory limit: the container can use all of the host\'s memory.',
  },
  checkService({ service, report }) {
    const limit = readLimit(service, 'memory')
    if (limit.state !== 'unset') return
    const bad = limit.ineffective[0]
    if (!bad) report({ messageId: 'missing' })
    else report({ messageId: 'unlimited', at: bad.at, data: { key: bad.at.join('.'), value: shown(bad.raw) } })
  },
  fixPlan({ file, service }) {
    // The Resources form's memory limit, typed in where the form writes it (a `0` is replaced where it is).
    if (!service) return null
    const value = resourcePlace(service, 'memory')[0] === 'deploy' ? MEMORY_DEPLOY : MEMORY_LEGACY
    return planOrNull(relabel(setResourcePlan(file, service.name, { field: 'memory', value }), `Limit the memory of ${service.name} to 512 MiB`))
  },
})
