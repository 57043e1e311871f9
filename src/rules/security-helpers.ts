// Helpers of the rules over list settings: the fix kind of a finding on an item, a volume named as people write it, and
// the security_opt values a fix keeps.
// The items come from the core readers (compose/read); the fixes are edits (src/edits).
import { optItems } from '../compose/read/settings-security-opt'
import type { MacKey, SecurityOpt } from '../compose/read/settings-security-opt'
import type { ListItem } from '../compose/read/settings-items'
import type { VolumeMount } from '../compose/read/settings-filesystem'
import type { ServiceView } from '../compose/types'
import type { FixKind } from './types'

/**
 * The fix kind of a finding on an item: compose appends a base service's list items to the extending service's, so
 * an inherited item cannot be taken away on the extending service; the base service's own finding carries the fix.
 */
export const itemFix = (item: ListItem): FixKind | undefined => (item.origin === 'extends' ? 'none' : undefined)

/** A volume as people write it: the short-syntax string, or `source:target[:ro]` for the long syntax. */
export function mountLabel(m: VolumeMount): string {
  if (typeof m.written === 'string') return m.written
  const source = typeof m.long?.source === 'string' ? m.long.source : ''
  return `${source}:${m.target ?? ''}${m.readOnly ? ':ro' : ''}`
}

/** The values of the service's `key` security_opt items, as written, without the offending ones: what a fix keeps. */
export function valuesWithout(service: ServiceView, key: MacKey, offending: (o: SecurityOpt) => boolean): string[] {
  return optItems(service, key).filter((o) => !offending(o)).map((o) => o.rawValue)
}
