// What the builder lists: each group's calls (the catalogue's, plus any call the profile names that the catalogue
// does not know, under "Other") with their verdict for one container, narrowed by a search.
import { CATALOGUE, SYSCALL_GROUPS, syscallInfo } from './catalogue'
import type { RuntimeContext } from './conditions'
import { passes, profileNames, syscallStatus } from './status'
import type { SyscallStatus } from './status'
import type { SeccompProfile, SyscallGroup, SyscallInfo } from './types'

export interface SyscallRow {
  info: SyscallInfo
  status: SyscallStatus
}

export interface GroupRows {
  group: SyscallGroup
  /** Calls with a line of their own. */
  explained: SyscallRow[]
  /** Calls the group's line explains. */
  others: SyscallRow[]
  /** Of the rows shown, how many pass. */
  allowed: number
}

const matches = (row: SyscallRow, group: SyscallGroup, q: string) =>
  !q || row.info.name.toLowerCase().includes(q) || group.label.toLowerCase().includes(q) || (row.info.individual && row.info.summary.toLowerCase().includes(q))

export function syscallGroups(profile: SeccompProfile, ctx: RuntimeContext, query = ''): GroupRows[] {
  const known = new Set(CATALOGUE.map((s) => s.name))
  const infos = [...CATALOGUE, ...profileNames(profile).filter((n) => !known.has(n)).map(syscallInfo)]
  const q = query.trim().toLowerCase()
  return SYSCALL_GROUPS.map((group) => {
    const rows = infos
      .filter((info) => info.group === group.id)
      .map((info) => ({ info, status: syscallStatus(profile, info.name, ctx) }))
      .filter((row) => matches(row, group, q))
    const explained = rows.filter((r) => r.info.individual)
    const others = rows.filter((r) => !r.info.individual).sort((a, b) => a.info.name.localeCompare(b.info.name))
    return { group, explained, others, allowed: rows.filter((r) => passes(r.status)).length }
  }).filter((g) => g.explained.length + g.others.length > 0)
}

/** The calls of the profile that pass for this container, counted once. */
export function allowedCount(profile: SeccompProfile, ctx: RuntimeContext): number {
  return profileNames(profile).filter((n) => passes(syscallStatus(profile, n, ctx))).length
}
