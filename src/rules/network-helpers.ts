// Helpers the network rules share: which database a service runs.
import { readImage } from '../compose/read/settings'
import type { ServiceView } from '../compose/types'
import { databaseOf } from '../compose/read/database-images'

/** The database a service runs, from its image's last path component, or undefined. */
export function serviceDatabase(service: ServiceView): string | undefined {
  const image = readImage(service)
  if (!image || image.unknown) return undefined
  return databaseOf(image.name)
}
