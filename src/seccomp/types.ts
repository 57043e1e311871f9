// A seccomp profile in the JSON structure Docker reads (moby/profiles seccomp.go), and the catalogue's types.

export type SeccompAction =
  | 'SCMP_ACT_ALLOW'
  | 'SCMP_ACT_ERRNO'
  | 'SCMP_ACT_KILL'
  | 'SCMP_ACT_KILL_PROCESS'
  | 'SCMP_ACT_KILL_THREAD'
  | 'SCMP_ACT_LOG'
  | 'SCMP_ACT_TRAP'
  | 'SCMP_ACT_TRACE'
  | 'SCMP_ACT_NOTIFY'

export interface SeccompArg {
  index: number
  value: number
  valueTwo?: number
  op: string
}

/** A rule's gate: `includes` keeps the rule only when all of it holds, `excludes` drops it when any of it holds. */
export interface SeccompFilter {
  /** Capability names with the CAP_ prefix, as Docker writes them. */
  caps?: string[]
  /** libseccomp-style native architecture names: amd64, arm64, s390x… */
  arches?: string[]
  /** "<kernel>.<major>", e.g. "4.8". */
  minKernel?: string
}

export interface SeccompRule {
  names: string[]
  action: SeccompAction | string
  errnoRet?: number
  args?: SeccompArg[] | null
  comment?: string
  includes?: SeccompFilter
  excludes?: SeccompFilter
}

export interface SeccompArchMapEntry {
  architecture: string
  subArchitectures: string[] | null
}

export interface SeccompProfile {
  defaultAction: SeccompAction | string
  defaultErrnoRet?: number
  /** Either `architectures` or `archMap`; Docker refuses a profile that has both. */
  architectures?: string[]
  archMap?: SeccompArchMapEntry[]
  syscalls: SeccompRule[]
}

export type SyscallRisk = 'critical' | 'high' | 'medium' | 'low'

export type SyscallGroupId =
  | 'file'
  | 'events'
  | 'network'
  | 'process'
  | 'identity'
  | 'memory'
  | 'signals'
  | 'time'
  | 'ipc'
  | 'scheduling'
  | 'sandboxing'
  | 'keyring'
  | 'mount'
  | 'kernel'
  | 'debugging'
  | 'arch'
  | 'other'

export interface SyscallInfo {
  name: string
  group: SyscallGroupId
  /** One line: what the call does (or, when `individual` is false, what the calls of its group do). */
  summary: string
  risk: SyscallRisk
  /** True when `summary` was written for this call; false when it is its group's explanation. */
  individual: boolean
  /** One of the four calls the product's runtime-security guide names as blocked by Docker's default. */
  seed: boolean
}

export interface SyscallGroup {
  id: SyscallGroupId
  label: string
  /** What the group's calls do, used for the calls not explained one by one. */
  summary: string
  /** The risk of a call of this group that is not rated one by one. */
  risk: SyscallRisk
  /** [name, summary, risk?]: the calls explained one by one (risk defaults to the group's). */
  explained: readonly (readonly [string, string, SyscallRisk?])[]
  /** Further calls of the group, explained by `summary` (space-separated names). */
  more: string
}
