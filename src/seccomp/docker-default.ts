// The two starting points of the builder: Docker's default profile (vendored, see data/SOURCE.md) and an empty
// allow-list. Both are returned as fresh copies, so no caller can change the bundled data.
import data from './data/docker-default.json'
import type { SeccompProfile } from './types'

const DOCKER_DEFAULT = data as SeccompProfile

export type ProfileStart = 'docker-default' | 'empty'

/** The architectures an allow-list of our own names: x86-64 and arm64 hosts, with their 32-bit modes. */
export const EMPTY_ARCHITECTURES: readonly string[] = ['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32', 'SCMP_ARCH_AARCH64', 'SCMP_ARCH_ARM']

export function dockerDefaultProfile(): SeccompProfile {
  return structuredClone(DOCKER_DEFAULT)
}

/** Everything is refused with EPERM until a rule allows it. */
export function emptyAllowList(): SeccompProfile {
  return { defaultAction: 'SCMP_ACT_ERRNO', defaultErrnoRet: 1, architectures: [...EMPTY_ARCHITECTURES], syscalls: [] }
}

export function startProfile(start: ProfileStart): SeccompProfile {
  return start === 'docker-default' ? dockerDefaultProfile() : emptyAllowList()
}
