// require-memory-limit: without a memory limit one container can push the whole host into swap or the OOM killer.
import { readLimit, resourceSyntax } from '../../compose/read/settings'
import { plan, setOp } from '../../compose/write/plan'
import { defineRule } from '../define-rule'
import { servicePath, shown } from '../container-helpers'

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
  fixPlan({ service }) {
    if (!service) return null
    const label = `Limit the memory of ${service.name} to 512 MiB`
    const bad = readLimit(service, 'memory').ineffective[0]
    const syntax = bad?.syntax ?? resourceSyntax(service)
    const at = bad?.at ?? (syntax === 'legacy' ? ['mem_limit'] : ['deploy', 'resources', 'limits', 'memory'])
    return plan(label, setOp(servicePath(service, ...at), syntax === 'legacy' ? MEMORY_LEGACY : MEMORY_DEPLOY))
  },
})
