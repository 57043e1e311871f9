// Helpers the network rules share: which database a service runs, and which network namespace a service is in.
import { readNetworkMode, readServiceNetworks, readImage } from '../compose/read/settings'
import type { ComposeFile, ServiceView } from '../compose/types'
import { databaseOf } from '../compose/read/database-images'

/** The database a service runs, from its image's last path component, or undefined. */
export function serviceDatabase(service: ServiceView): string | undefined {
  const image = readImage(service)
  if (!image || image.unknown) return undefined
  return databaseOf(image.name)
}

/**
 * The service whose network namespace `service` is in: itself, or the one its `network_mode: service:X` names (followed
 * to the end). Undefined when it has none to share (host, none, container:, a variable, a missing service, a loop).
 */
export function networkOwner(file: ComposeFile, service: ServiceView): ServiceView | undefined {
  const seen = new Set<string>()
  let current = service
  while (current.data.network_mode !== undefined && current.data.network_mode !== null) {
    const m = /^service:(.+)$/.exec(readNetworkMode(current).value?.trim() ?? '')
    const next = m ? file.services.find((s) => s.name === m[1].trim()) : undefined
    if (!next || seen.has(current.name)) return undefined
    seen.add(current.name)
    current = next
  }
  return current
}

/** True when two services can reach each other by name: one namespace, or a network both join (`default` included). */
export function sharesNetwork(file: ComposeFile, a: ServiceView, b: ServiceView): boolean {
  const [x, y] = [networkOwner(file, a), networkOwner(file, b)]
  if (!x || !y) return false
  if (x.name === y.name) return true
  const theirs = new Set(readServiceNetworks(y))
  return readServiceNetworks(x).some((n) => theirs.has(n))
}
