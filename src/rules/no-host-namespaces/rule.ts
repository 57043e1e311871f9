// no-host-namespaces: pid/ipc/uts/userns_mode/cgroup `host` put the container inside the host's own namespaces.
import { deleteOp, plan } from '../../compose/write/plan'
import type { ComposeFile, EditOp, ServiceView } from '../../compose/types'
import { readIsolation } from '../../compose/read/settings'
import { defineRule } from '../define-rule'
import { alsoMerged, clearKeyOp, isAliasedService } from '../security-helpers'

const KEYS = ['pid', 'ipc', 'uts', 'userns_mode', 'cgroup'] as const
type Key = (typeof KEYS)[number]

/**
 * What an inherited `host` is overridden with on the service: `ipc: private` and `cgroup: private` give the container
 * its own namespace, as Docker does by default on current hosts. pid, uts and userns_mode have no value that means
 * "a namespace of its own", so an inherited one cannot be overridden and its finding has no fix.
 */
const OVERRIDE: Partial<Record<Key, string>> = { ipc: 'private', cgroup: 'private' }

/** The keys set to `host` (any letter case; a variable's default decides, a variable without one does not). */
function hostKeys(service: ServiceView): Key[] {
  return KEYS.filter((key) => readIsolation(service, key).on)
}

/** Inherited, or written on the service over a `<<` key that would come back if it were deleted. */
const inherited = (file: ComposeFile, service: ServiceView, key: Key) =>
  (service.locate([key])?.origin ?? 'own') !== 'own' || alsoMerged(file, service, key)

/**
 * The op fixing each `host` key, when there is one: delete an own key, override an inherited ipc or cgroup. On a
 * service that is a whole alias (`app: *base`) the first override copies the map onto the service, after which
 * the other keys are its own and can be deleted too.
 */
function planned(file: ComposeFile, service: ServiceView): Array<{ key: Key; op: EditOp }> {
  const keys = hostKeys(service)
  const first = keys.filter((key) => OVERRIDE[key] || !inherited(file, service, key))
  const copied = first.some((key) => inherited(file, service, key)) && isAliasedService(file, service)
  const ops = first.map((key) => ({ key, op: clearKeyOp(file, service, key, OVERRIDE[key]) }))
  const rest = copied ? keys.filter((key) => !first.includes(key)) : []
  return [...ops, ...rest.map((key) => ({ key, op: deleteOp(['services', service.name, key]) }))]
}

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
    const fixable = new Set(planned(file, service).map((p) => p.key))
    for (const key of hostKeys(service)) report({ messageId: key, at: [key], fix: fixable.has(key) ? undefined : 'none' })
  },
  fixPlan({ file, service }) {
    const ops = service ? planned(file, service).map((p) => p.op) : []
    return ops.length ? plan('Stop sharing host namespaces', ...ops) : null
  },
})
