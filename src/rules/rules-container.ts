// The container rules of the catalogue (docs/rules.md), one import per rule folder.
import type { Rule } from './types'
import noDangerousCapabilities from './no-dangerous-capabilities/rule'
import noTmpfsExec from './no-tmpfs-exec/rule'
import requireCapDropAll from './require-cap-drop-all/rule'
import requireCpuLimit from './require-cpu-limit/rule'
import requireMemoryLimit from './require-memory-limit/rule'
import requireNoNewPrivileges from './require-no-new-privileges/rule'
import requireNonRootUser from './require-non-root-user/rule'
import requirePidsLimit from './require-pids-limit/rule'
import requireReadOnlyRootfs from './require-read-only-rootfs/rule'
import requireTmpfsSize from './require-tmpfs-size/rule'
import validCapabilityNames from './valid-capability-names/rule'

export const CONTAINER_RULES: readonly Rule[] = [
  noDangerousCapabilities,
  noTmpfsExec,
  requireCapDropAll,
  requireCpuLimit,
  requireMemoryLimit,
  requireNoNewPrivileges,
  requireNonRootUser,
  requirePidsLimit,
  requireReadOnlyRootfs,
  requireTmpfsSize,
  validCapabilityNames,
]
