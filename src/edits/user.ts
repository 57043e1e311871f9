// Plan for the User form: `user: "uid[:gid]"` on the service, or no key when both inputs are empty; and the user the
// service's image runs as (require-non-root-user's fix).
import { imageUserInput, serviceImageFacts, uncoveredScratchPaths } from '../compose/read/image-knowledge/service-needs'
import { formatUser } from '../compose/read/settings'
import { deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile } from '../compose/types'
import type { EditResult } from './edit-result'
import { combined } from './edit-result'
import { addTmpfsEntriesOps, scratchTmpfs } from './filesystem'
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

/** The user for an image the table knows nothing about: an unprivileged uid and gid that most images leave free. */
export const GENERIC_NON_ROOT_USER: UserInput = { user: '1000', group: '1000' }

/**
 * The non-root user for the service's image (require-non-root-user's fix): the user the image is known to run as
 * (`postgres`, `mysql`, `nginx`; see imageUserInput), else 1000:1000. An image whose root master process drops to that
 * user for its workers (nginx, httpd) writes its pid and temporary files where only root may: run as that user
 * throughout, it also gets a size-limited tmpfs for each of those paths that no mount covers yet.
 */
export function imageUserPlan(file: ComposeFile, service: string): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const facts = serviceImageFacts(found)
  const known = facts && imageUserInput(facts)
  const user = setUserPlan(file, service, known ?? GENERIC_NON_ROOT_USER)
  if (!known || facts.privileges !== 'master-drops' || user === null || typeof user === 'string') return user
  const tmpfs = addTmpfsEntriesOps(found, uncoveredScratchPaths(found, facts).map((p) => scratchTmpfs(p.path)))
  return combined(user.label, [user, tmpfs.length ? plan('', ...tmpfs) : null])
}
