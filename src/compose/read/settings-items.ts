// Where a list item a service sees is written: its own list, or (for `extends`) the base service.
import type { Located, ServiceView, YamlPath } from '../types'

export interface ItemPlace {
  /** The written path (relative to the service); for an item from an `extends` base, the resolved path. */
  at: YamlPath
  located?: Located
}

/** Place of item `index` of `data[key]`; `whole` is for a scalar standing for a one-item list (`tmpfs: /run`). */
export function itemPlace(s: ServiceView, key: string, index: number, whole = false): ItemPlace {
  if (whole) return { at: [key], located: s.locate([key]) }
  const at = s.itemPath(key, index)
  if (at === null) return { at: [key, index], located: { pos: s.keyPos, origin: 'extends' } }
  return { at, located: s.locate(at) }
}
