// no-host-namespaces: pid/ipc/uts/userns_mode/cgroup `host` put the container inside the host's own namespaces.
import type { ServiceView } from '../../compose/types'
import { relabel } from '../../edits/edit-result'
import { readIsolation } from '../../compose/read/settings'
import { isolationOffOps, setIsolationPlan } from '../../edits/isolation'
import { defineRule, planOrNull } from '../define-rule'

const KEYS = ['pid', 'ipc', 'uts', 'userns_mode', 'cgroup'] as const
type Key = (typeof KEYS)[number]

/** The keys set to `host` (any letter case; a variable's default decides, a variable without one does not). */
const hostKeys = (service: ServiceView): Key[] => KEYS.filter((key) => readIsolation(service, key).on)

export default defineRule({
  id: 'no-host-namespaces',
  title: 'Do not share the host\'s namespaces',
  description:
    'Namespaces are what make a container a separate machine: its own process tree (pid), shared memory (ipc), hostname (uts), user ids (userns_mode) and cgroup view (cgroup). Setting any of them to `host` removes that wall: with pid: host the container sees every host process and can signal or trace them; with ipc: host it reads and writes the host\'s shared memory; userns_mode: host turns off user-namespace remapping so root inside is root outside. Docker expects the lower-case value `host`; any letter case is flagged here.',
  severity: 'high',
  checklist: ['no-host-namespaces'],
  references: [
    'CIS Docker Benchmark 5.16, 5.17, 5.21, 5.31',
    'https://docs.docker.com/reference/compose-file/services/#pid',
    'https://docs.docker.com/reference/compose-file/services/#ipc',
    'https://docs.docker.com/engine/security/userns-remap/',
  ],
  fix: 'unsafe',
  panel: 'isolation',
  fixLabel: 'Stop sharing the host\'s namespaces',
  howToFix: 'Delete the `pid`, `ipc`, `uts`, `userns_mode` or `cgroup` key that is `host`. Share a namespace with another service instead (`pid: service:<name>`) when two containers must see each other.',
  fixDescription:
    'Removes each `host` namespace setting (an inherited `ipc` or `cgroup` is overridden with `private`); tools that inspect host processes or shared memory stop working.',
  messages: {
    pid: 'pid: host shares the host\'s process namespace: the container sees every host process and can signal, trace or read the environment of those it has rights over.',
    ipc: 'ipc: host shares the host\'s IPC namespace: the container can read and write the shared memory and semaphores of host processes.',
    uts: 'uts: host shares the host\'s UTS namespace: the container sees the host\'s hostname and, with SYS_ADMIN, can change it for the whole host.',
    userns_mode: 'userns_mode: host turns off user-namespace remapping for this service: root in the container is root on the host.',
    cgroup: 'cgroup: host shares the host\'s cgroup namespace: the container sees the host\'s whole cgroup tree and the services running on it.',
  },
  checkService({ file, service, report }) {
    // An own key is deleted, an inherited ipc or cgroup overridden with private; pid, uts and userns_mode have no value
    // meaning "a namespace of its own", so an inherited one has no fix (see isolationOffOps).
    const keys = hostKeys(service)
    const fixable = isolationOffOps(file, service, keys)
    for (const key of keys) report({ messageId: key, at: [key], fix: fixable.has(key) ? undefined : 'none' })
  },
  fixPlan({ file, service }) {
    // The Isolation form's namespace switches, every one that is on turned off.
    if (!service) return null
    return planOrNull(relabel(setIsolationPlan(file, service.name, { key: hostKeys(service), on: false }), 'Stop sharing host namespaces'))
  },
})
