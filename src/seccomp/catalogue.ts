// The syscall catalogue: every call of Docker's default profile (and the well-known calls it blocks) in a group, with
// one line and a risk. Calls without a line of their own say so (`individual: false`) and show their group's line.
import { EVENTS_GROUP, FILE_GROUP } from './catalogue/files-events'
import { IPC_GROUP, MEMORY_GROUP, SCHEDULING_GROUP, TIME_GROUP } from './catalogue/memory-time-ipc'
import { ARCH_GROUP, DEBUGGING_GROUP, KERNEL_GROUP, KEYRING_GROUP, MOUNT_GROUP, SANDBOXING_GROUP } from './catalogue/privileged'
import { IDENTITY_GROUP, NETWORK_GROUP, PROCESS_GROUP, SIGNALS_GROUP } from './catalogue/process-network'
import type { SyscallGroup, SyscallGroupId, SyscallInfo } from './types'

/** The calls the product's runtime-security guide names as blocked by Docker's default profile. */
export const SEED_BLOCKED: readonly string[] = ['kexec_load', 'ptrace', 'reboot', 'mount']

export const OTHER_GROUP: SyscallGroup = {
  id: 'other',
  label: 'Other',
  summary: 'Not described here yet: look it up in syscalls(2) before allowing it.',
  risk: 'medium',
  explained: [],
  more: '',
}

/** In the order the builder shows them: the risky groups first, where removing or adding a call matters most. */
export const SYSCALL_GROUPS: readonly SyscallGroup[] = [
  KERNEL_GROUP,
  MOUNT_GROUP,
  DEBUGGING_GROUP,
  KEYRING_GROUP,
  SANDBOXING_GROUP,
  FILE_GROUP,
  EVENTS_GROUP,
  NETWORK_GROUP,
  PROCESS_GROUP,
  IDENTITY_GROUP,
  SIGNALS_GROUP,
  MEMORY_GROUP,
  TIME_GROUP,
  IPC_GROUP,
  SCHEDULING_GROUP,
  ARCH_GROUP,
  OTHER_GROUP,
]

export const GROUP_BY_ID: ReadonlyMap<SyscallGroupId, SyscallGroup> = new Map(SYSCALL_GROUPS.map((g) => [g.id, g]))

function entries(group: SyscallGroup): SyscallInfo[] {
  const seed = (name: string) => SEED_BLOCKED.includes(name)
  const one = group.explained.map(([name, summary, risk]) => ({ name, group: group.id, summary, risk: risk ?? group.risk, individual: true, seed: seed(name) }))
  const rest = group.more.split(/\s+/).filter(Boolean)
  return [...one, ...rest.map((name) => ({ name, group: group.id, summary: group.summary, risk: group.risk, individual: false, seed: seed(name) }))]
}

export const CATALOGUE: readonly SyscallInfo[] = SYSCALL_GROUPS.flatMap(entries)

const BY_NAME: ReadonlyMap<string, SyscallInfo> = new Map(CATALOGUE.map((s) => [s.name, s]))

/** What the catalogue knows of a call; a name it does not know is in the "Other" group, never an error. */
export function syscallInfo(name: string): SyscallInfo {
  return BY_NAME.get(name) ?? { name, group: 'other', summary: OTHER_GROUP.summary, risk: OTHER_GROUP.risk, individual: false, seed: false }
}
