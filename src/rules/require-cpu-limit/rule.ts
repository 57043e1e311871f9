// require-cpu-limit: without a CPU limit one busy container slows every other one on the host.
import { readLimit } from '../../compose/read/settings'
import { relabel } from '../../edits/edit-result'
import { setResourcePlan } from '../../edits/resources'
import { defineRule, planOrNull } from '../define-rule'
import { shown } from '../container-helpers'

/** One CPU: the Resources form writes it as `"1"` under deploy.resources and `1` as the legacy `cpus` key. */
export const CPUS = '1'

export default defineRule({
  id: 'require-cpu-limit',
  title: 'Limit CPU',
  description:
    'A container without a CPU limit can use every core of the host: a runaway loop, a crypto miner or a denial-of-service attack then slows every other container. `deploy.resources.limits.cpus`, the legacy `cpus`, or `cpu_quota` caps it. `cpu_shares` is only a relative weight that matters under contention, and `cpuset` only chooses which cores: neither is a limit. A value of 0 (or a negative quota) means none. A limit that is an interpolation counts when its default is a number; one without default is unknown, and unknown is not reported as missing.',
  severity: 'low',
  checklist: ['resource-limits'],
  references: ['CIS Docker Benchmark 5.12', 'https://docs.docker.com/reference/compose-file/deploy/#resources', 'https://docs.docker.com/reference/compose-file/services/#cpus'],
  fix: 'unsafe',
  panel: 'resources',
  fixLabel: 'Limit CPU to 1',
  howToFix: 'Add `deploy: {resources: {limits: {cpus: "1"}}}` (or `cpus: 1`) sized to the workload\'s peak.',
  fixDescription: 'Limits the service to one CPU, in the syntax it already uses (`deploy.resources.limits.cpus: "1"`, or `cpus: 1` next to legacy keys); adjust it to the workload.',
  messages: {
    missing: 'No CPU limit (`deploy.resources.limits.cpus`, `cpus` or `cpu_quota`): the container can use every core of the host.',
    sharesOnly: '`cpu_shares` is only a relative weight under contention, not a limit: the container can still use every core of the host.',
    cpusetOnly: '`cpuset` only chooses which cores the container runs on, not how much of them it uses: set a CPU limit too.',
    unlimited: '`{{key}}: {{value}}` is not a CPU limit: the container can use every core of the host.',
  },
  checkService({ service, report }) {
    const cpus = readLimit(service, 'cpus')
    const quota = readLimit(service, 'cpuQuota')
    if (cpus.state !== 'unset' || quota.state !== 'unset') return
    const bad = cpus.ineffective[0] ?? quota.ineffective[0]
    if (bad) report({ messageId: 'unlimited', at: bad.at, data: { key: bad.at.join('.'), value: shown(bad.raw) } })
    else if (service.data.cpu_shares !== undefined && service.data.cpu_shares !== null) report({ messageId: 'sharesOnly' })
    else if (service.data.cpuset !== undefined && service.data.cpuset !== null) report({ messageId: 'cpusetOnly' })
    else report({ messageId: 'missing' })
  },
  fixPlan({ file, service }) {
    // The Resources form's CPU limit set to 1: a `cpus: 0` is replaced where it is; an unlimited cpu_quota is left
    // alone, since `cpus` now limits.
    if (!service) return null
    return planOrNull(relabel(setResourcePlan(file, service.name, { field: 'cpus', value: CPUS }), `Limit ${service.name} to one CPU`))
  },
})
