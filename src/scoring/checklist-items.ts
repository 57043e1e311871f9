// The seed's Runtime Security Checklist as data: 18 items in 4 groups, each decided by the rules the spec names,
// each with an explicit applicability test (a service it does not apply to is 'n/a', never a silent pass).
import type { ComposeFile, ServiceView } from '../compose/types'
import { asList, asObject, readReadOnly } from '../compose/read/settings'
import type { ChecklistItemId } from '../rules/types'
import { serviceDatabase } from '../rules/network-helpers'

export type ChecklistGroup = 'Container configuration' | 'Network security' | 'Security options' | 'Monitoring'

export interface ChecklistItemDef {
  id: ChecklistItemId
  group: ChecklistGroup
  /** The item's text exactly as the spec's checklist table writes it. */
  title: string
  /** The rules whose (unwaived) findings on a service fail the item for that service. */
  decidedBy: readonly string[]
  /** Manual items are ticked by the user; no rule decides them. */
  manual?: true
  /** Whether the item applies to a service at all; omitted means always. */
  appliesTo?: (service: ServiceView, file: ComposeFile) => boolean
  /** An extra failure condition no single rule reports; returns the reason, or undefined. */
  alsoFails?: (service: ServiceView) => string | undefined
}

// Applicability reads the resolved data directly: the settings readers also locate every item, which costs time here.
/** A service publishes ports when its `ports` list has any entry (`expose` only opens them to other containers). */
const publishesPorts = (s: ServiceView) => Array.isArray(s.data.ports) && s.data.ports.length > 0
/** The same test the database rules use, so the item and its rule agree on what a database is. */
const isDatabase = (s: ServiceView) => serviceDatabase(s) !== undefined
const readOnlyRoot = (s: ServiceView) => readReadOnly(s).value === true
const hasTmpfs = (s: ServiceView) => asList(s.data.tmpfs).length > 0 || asList(s.data.volumes).some((v) => asObject(v)?.type === 'tmpfs')
const hasVolumes = (s: ServiceView) => Array.isArray(s.data.volumes) && s.data.volumes.length > 0

export const CHECKLIST_ITEMS: readonly ChecklistItemDef[] = [
  { id: 'non-root-user', group: 'Container configuration', title: 'Run as non-root user', decidedBy: ['require-non-root-user'] },
  { id: 'drop-capabilities', group: 'Container configuration', title: 'Drop all capabilities, add only needed', decidedBy: ['require-cap-drop-all', 'no-dangerous-capabilities', 'valid-capability-names'] },
  { id: 'no-new-privileges', group: 'Container configuration', title: 'Enable no-new-privileges', decidedBy: ['require-no-new-privileges'] },
  { id: 'read-only-fs', group: 'Container configuration', title: 'Use read-only filesystem', decidedBy: ['require-read-only-rootfs'] },
  { id: 'resource-limits', group: 'Container configuration', title: 'Set resource limits (CPU, memory, PIDs)', decidedBy: ['require-cpu-limit', 'require-memory-limit', 'require-pids-limit'] },
  {
    id: 'tmpfs', group: 'Container configuration', title: 'Use tmpfs for writable areas', decidedBy: ['require-tmpfs-size', 'no-tmpfs-exec'],
    // Only meaningful where there are writable areas to provide: a read-only root, or tmpfs mounts already written.
    appliesTo: (s) => readOnlyRoot(s) || hasTmpfs(s),
    alsoFails: (s) => (readOnlyRoot(s) && !hasTmpfs(s) && !hasVolumes(s) ? 'read-only root with no tmpfs or volume for writable paths' : undefined),
  },
  { id: 'internal-networks', group: 'Network security', title: 'Use internal networks for databases', decidedBy: ['require-internal-network-for-database'], appliesTo: isDatabase },
  // A service that publishes nothing exposes no unnecessary ports: it passes (the seed's "db has no exposed ports").
  { id: 'no-unnecessary-ports', group: 'Network security', title: "Don't expose unnecessary ports", decidedBy: ['no-exposed-database-ports', 'no-privileged-host-ports'] },
  { id: 'bind-localhost', group: 'Network security', title: 'Bind to localhost for development', decidedBy: ['require-port-host-ip'], appliesTo: publishesPorts },
  { id: 'no-host-network', group: 'Network security', title: 'Avoid host network mode', decidedBy: ['no-host-network'] },
  { id: 'seccomp', group: 'Security options', title: 'Enable seccomp (default profile minimum)', decidedBy: ['no-seccomp-unconfined'] },
  { id: 'mac-profiles', group: 'Security options', title: 'Consider AppArmor/SELinux profiles', decidedBy: ['no-apparmor-unconfined', 'no-selinux-disabled', 'consider-mac-profile'] },
  { id: 'no-privileged', group: 'Security options', title: 'Never use privileged mode in production', decidedBy: ['no-privileged'] },
  { id: 'no-host-namespaces', group: 'Security options', title: 'Avoid host namespace sharing', decidedBy: ['no-host-namespaces', 'no-host-network'] },
  { id: 'healthchecks', group: 'Monitoring', title: 'Enable health checks', decidedBy: ['require-healthcheck'] },
  { id: 'logging', group: 'Monitoring', title: 'Configure logging', decidedBy: ['require-logging-limits', 'no-logging-disabled'] },
  { id: 'monitor-resources', group: 'Monitoring', title: 'Monitor resource usage', decidedBy: [], manual: true },
  { id: 'audit-events', group: 'Monitoring', title: 'Audit container events', decidedBy: [], manual: true },
]
