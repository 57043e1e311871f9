// The security-options and isolation rules of the catalogue (docs/rules.md), one import per rule folder.
import type { Rule } from './types'
import considerMacProfile from './consider-mac-profile/rule'
import noApparmorUnconfined from './no-apparmor-unconfined/rule'
import noBroadDeviceCgroupRules from './no-broad-device-cgroup-rules/rule'
import noDockerSocket from './no-docker-socket/rule'
import noHostDevices from './no-host-devices/rule'
import noHostNamespaces from './no-host-namespaces/rule'
import noPrivileged from './no-privileged/rule'
import noSeccompUnconfined from './no-seccomp-unconfined/rule'
import noSelinuxDisabled from './no-selinux-disabled/rule'
import noSensitiveHostMounts from './no-sensitive-host-mounts/rule'
import noSharedMountPropagation from './no-shared-mount-propagation/rule'

export const SECURITY_RULES: readonly Rule[] = [
  considerMacProfile,
  noApparmorUnconfined,
  noBroadDeviceCgroupRules,
  noDockerSocket,
  noHostDevices,
  noHostNamespaces,
  noPrivileged,
  noSeccompUnconfined,
  noSelinuxDisabled,
  noSensitiveHostMounts,
  noSharedMountPropagation,
]
