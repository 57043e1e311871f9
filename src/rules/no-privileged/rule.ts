// no-privileged: a privileged container (or lifecycle hook) has every capability and every host device.
import { relabel } from '../../edits/edit-result'
import { privilegedPaths, setIsolationPlan } from '../../edits/isolation'
import { defineRule, planOrNull } from '../define-rule'

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
    // The Isolation form's "Privileged" switch, turned off: the hooks' `privileged: true` go too.
    return service ? planOrNull(relabel(setIsolationPlan(file, service.name, { key: 'privileged', on: false }), 'Remove privileged mode')) : null
  },
})
