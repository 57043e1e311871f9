// The container a service describes, as the builder needs it: its effective capabilities (the same reader the
// Capabilities form uses) and whether it is privileged, in which case Docker applies no seccomp profile at all.
import { ALL_CAPABILITY_NAMES } from '../compose/read/capabilities'
import { effectiveCaps, readIsolation } from '../compose/read/settings'
import type { ServiceView } from '../compose/types'
import { contextFor } from './conditions'
import type { RuntimeContext } from './conditions'

export interface ServiceSeccompContext {
  ctx: RuntimeContext
  /** Effective capabilities without the CAP_ prefix, sorted. */
  caps: string[]
  privileged: boolean
}

export function serviceSeccompContext(service: ServiceView): ServiceSeccompContext {
  const privileged = readIsolation(service, 'privileged').on
  const caps = privileged ? [...ALL_CAPABILITY_NAMES].sort() : effectiveCaps(service, ALL_CAPABILITY_NAMES)
  return { ctx: contextFor(caps), caps, privileged }
}
