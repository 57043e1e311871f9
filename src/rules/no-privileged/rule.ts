// no-privileged: a privileged container (or lifecycle hook) has every capability and every host device.
import { deleteOp, plan, setOp } from '../../compose/write/plan'
import { readIsolation } from '../../compose/read/settings'
import { asObject, toBool } from '../../compose/read/values'
import type { ServiceView, YamlPath } from '../../compose/types'
import { defineRule } from '../define-rule'
import { clearKeyOp } from '../security-helpers'

const HOOKS = ['pre_start', 'post_start', 'pre_stop'] as const

function isTrue(v: unknown): boolean {
  const b = toBool(v)
  return b.known && b.value
}

/** Paths (relative to the service) of every `privileged: true`: the service's own, and its lifecycle hooks'. */
function privilegedPaths(service: ServiceView): YamlPath[] {
  const paths: YamlPath[] = []
  if (readIsolation(service, 'privileged').on) paths.push(['privileged'])
  for (const hook of HOOKS) {
    const list = service.data[hook]
    if (!Array.isArray(list)) continue
    list.forEach((h, i) => { if (isTrue(asObject(h)?.privileged)) paths.push([hook, i, 'privileged']) })
  }
  return paths
}

export default defineRule({
  id: 'no-privileged',
  title: 'Never run privileged containers',
  description:
    'privileged: true gives the container every Linux capability, access to all host devices and disables seccomp, AppArmor and SELinux confinement. A process that escapes it is root on the host.',
  severity: 'critical',
  checklist: ['no-privileged'],
  references: ['CIS Docker Benchmark 5.5', 'https://docs.docker.com/reference/compose-file/services/#privileged'],
  fix: 'unsafe',
  panel: 'isolation',
  fixLabel: 'Remove `privileged: true`',
  howToFix: 'Delete `privileged: true`, run the container, and add back only what fails: a capability with `cap_add`, a device with `devices:`, or a relaxed profile for one system call.',
  fixDescription: 'Removes `privileged: true`; grant the few capabilities or devices the workload really needs instead.',
  messages: {
    service: 'Service runs privileged: it gets all capabilities and host devices, with no confinement.',
    hook: 'Lifecycle hook {{hook}} runs privileged: it gets all capabilities and host devices.',
  },
  checkService({ service, report }) {
    for (const at of privilegedPaths(service)) {
      if (at.length === 1) report({ messageId: 'service', at })
      else report({ messageId: 'hook', at, data: { hook: `${String(at[0])}[${String(at[1])}]` } })
    }
  },
  fixPlan({ file, service }) {
    if (!service) return null
    const base = ['services', service.name]
    // An inherited value cannot be deleted from the service: it is overridden with false instead (also when the
    // service's own key hides a `<<` one, which deleting would bring back).
    const ops = privilegedPaths(service).reverse().map((at) => at.length === 1
      ? clearKeyOp(file, service, 'privileged', false)
      : service.locate(at)?.origin === 'own' ? deleteOp([...base, ...at]) : setOp([...base, ...at], false))
    return ops.length ? plan('Remove privileged mode', ...ops) : null
  },
})
