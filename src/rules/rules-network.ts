// The network rules of the catalogue (docs/rules.md), one import per rule folder.
import type { Rule } from './types'
import noExposedDatabasePorts from './no-exposed-database-ports/rule'
import noHostNetwork from './no-host-network/rule'
import noPrivilegedHostPorts from './no-privileged-host-ports/rule'
import requireInternalNetworkForDatabase from './require-internal-network-for-database/rule'
import requirePortHostIp from './require-port-host-ip/rule'

export const NETWORK_RULES: readonly Rule[] = [
  noExposedDatabasePorts, noHostNetwork, noPrivilegedHostPorts,
  requireInternalNetworkForDatabase, requirePortHostIp]
