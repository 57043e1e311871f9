// The one reader of list settings' items: each item a service sees, traced to where it is written (own list, a merged
// anchor, or an `extends` base). Every typed list reader (capabilities, security_opt, volumes, ports, …) builds on it.
import type { ComposeFile, Located, Origin, ServiceView, YamlPath } from '../types'
import { extendsTarget } from './extends'
import { get } from './values'

/** One item of a list setting, as the service sees it. */
export interface ListItem {
  /** The item as written (before interpolation): a string, a number or a long-syntax map. */
  written: unknown
  /** Index in the resolved list `service.data[key]`: with `extends`, the base's items come first. */
  index: number
  /**
   * Path relative to the service where the item is written: on the service, or in the anchor it merges (then `origin`
   * is 'merge'). Undefined for an item that an `extends` base adds: it is written, and edited, on the base service.
   */
  at?: YamlPath
  origin: Origin
  /** Where the item is written; for an item of an `extends` base, the service's key (with `from`, the base). */
  located?: Located
}

/**
 * The items of list setting `key`. A scalar stands for a one-item list at the key itself (compose allows `tmpfs: /run`,
 * and a rule would rather read a malformed `volumes: /x:/y` than skip it).
 */
export function listItems(s: ServiceView, key: string): ListItem[] {
  const resolved = s.data[key]
  if (resolved === undefined || resolved === null) return []
  if (!Array.isArray(resolved)) return [placed(s, resolved, 0, [key])]
  return resolved.map((written: unknown, index) => placed(s, written, index, s.itemPath(key, index)))
}

/**
 * Where a finding about `keys` of an item is reported: inside a long-syntax (map) item that writes the key, the key
 * itself (`source:`, `bind.propagation:`, `host_ip:`), not the item's first line; otherwise the item. Undefined for an
 * item an `extends` base adds (it is reported on the service).
 */
export function itemKeyPath(item: Pick<ListItem, 'written' | 'at'>, ...keys: string[]): YamlPath | undefined {
  if (!item.at) return undefined
  return keys.length > 0 && get(item.written, ...keys) !== undefined ? [...item.at, ...keys] : item.at
}

function placed(s: ServiceView, written: unknown, index: number, at: YamlPath | null): ListItem {
  if (at === null) return { written, index, origin: 'extends', located: { pos: s.keyPos, origin: 'extends', from: extendsTarget(s.data)?.service } }
  const located = s.locate(at)
  return { written, index, at, origin: located?.origin ?? 'own', located }
}

/** The list `key` as written on the service (an anchor's items merged in, an `extends` base's not), to override it whole. */
export function ownList(file: ComposeFile, s: ServiceView, key: string): unknown[] {
  const own = get(file.data, 'services', s.name, key)
  if (Array.isArray(own)) return own
  return own === undefined || own === null ? [] : [own]
}
