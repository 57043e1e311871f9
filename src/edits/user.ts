// Plan for the User form: `user: "uid[:gid]"` on the service, or no key when both inputs are empty.
import { formatUser } from '../compose/read/settings'
import { deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile } from '../compose/types'
import type { EditResult } from './edit-result'
import { findService } from './list-items'

/** A message for people when the inputs cannot form a `user` value, else null. */
export function userInputProblem(user: string, group: string): string | null {
  const u = user.trim()
  const g = group.trim()
  if (!u && g) return 'Set a user as well: compose has no way to set only the group.'
  if (u.includes(':') || g.includes(':')) return 'Write the user and the group in their own fields, without ":".'
  if (/\s/.test(u) || /\s/.test(g)) return 'User and group names cannot contain spaces.'
  return null
}

export interface UserInput {
  user: string
  group: string
}

/** Sets `user: "uid[:gid]"` (also require-non-root-user's fix), or deletes the key when both inputs are empty. */
export function setUserPlan(file: ComposeFile, service: string, { user, group }: UserInput): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const problem = userInputProblem(user, group)
  if (problem) return problem
  const path = ['services', service, 'user']
  const value = formatUser(user, group)
  if (value === '') return plan(`Remove the user of ${service}`, deleteOp(path))
  return plan(`Run ${service} as ${value}`, setOp(path, value))
}
