// The user a service runs as. Interpolated users are unknown, never root and never non-root.
import type { Located, ServiceView } from '../types'
import { toText } from './values'

export interface UserSetting {
  /** The raw value as written (after interpolation defaults), undefined when unset. */
  raw?: string
  user?: string
  group?: string
  /** True when `user` is set but depends on an environment variable without default. */
  unknown: boolean
  located?: Located
}

export function readUser(s: ServiceView): UserSetting {
  const value = s.data.user
  if (value === undefined || value === null) return { unknown: false }
  const located = s.locate(['user'])
  const t = toText(value)
  if (!t.known) return { raw: String(value), unknown: true, located }
  const raw = t.value.trim()
  if (raw === '') return { raw, unknown: false, located }
  const [user, group] = splitUser(raw)
  return { raw, user, group, unknown: false, located }
}

function splitUser(raw: string): [string, string | undefined] {
  const i = raw.indexOf(':')
  return i < 0 ? [raw, undefined] : [raw.slice(0, i), raw.slice(i + 1)]
}

/** `root`, `0`, `0:0`, `root:root`, `0:<gid>`, `root:<group>`: the user part decides. */
export function isRootUser(u: UserSetting): boolean {
  return u.user === 'root' || (u.user !== undefined && /^0+$/.test(u.user))
}

/** Joins form inputs back into compose's `user[:group]`. */
export function formatUser(user: string, group: string): string {
  const u = user.trim()
  const g = group.trim()
  return g ? `${u}:${g}` : u
}
