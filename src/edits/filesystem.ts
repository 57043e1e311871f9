// Plans for the Read-only root filesystem form: `read_only` and the service's `tmpfs` short-syntax entries.
import { formatTmpfsEntry } from '../compose/read/settings'
import type { TmpfsMount } from '../compose/read/settings'
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import type { EditPlan } from '../compose/types'

export interface TmpfsInput {
  path: string
  size: string
  mode: string
}

export function setReadOnlyPlan(service: string, on: boolean): EditPlan {
  return plan(`${on ? 'Make' : 'Stop making'} the root filesystem of ${service} read-only`, setOp(['services', service, 'read_only'], on))
}

/** Problems with a tmpfs row, keyed by field, for people. Empty when the row can be written. */
export function tmpfsInputProblems(input: TmpfsInput): Partial<Record<keyof TmpfsInput, string>> {
  const out: Partial<Record<keyof TmpfsInput, string>> = {}
  const path = input.path.trim()
  if (!path) out.path = 'Enter the path to mount, for example /tmp.'
  else if (!path.startsWith('/')) out.path = 'The path must be absolute (start with /).'
  else if (/[\s:,]/.test(path)) out.path = 'The path cannot contain spaces, ":" or ",".'
  const size = input.size.trim()
  if (size && !/^\d+(\.\d+)?[kmg]?b?$/i.test(size)) out.size = 'Write a size such as 64m, 1g or 65536.'
  const mode = input.mode.trim()
  if (mode && !/^[0-7]{3,4}$/.test(mode)) out.mode = 'Write an octal mode such as 1777 or 0700.'
  return out
}

/** The short-syntax entry for a row, keeping the options the form does not show (uid=…, noexec…). */
export function tmpfsEntry(input: TmpfsInput, previous?: TmpfsMount): string {
  return formatTmpfsEntry({
    path: input.path.trim(),
    size: input.size.trim() || undefined,
    mode: input.mode.trim() || undefined,
    options: previous?.options ?? [],
  })
}

export function addTmpfsPlan(service: string, input: TmpfsInput): EditPlan {
  return plan(`Add a tmpfs mount at ${input.path.trim()} to ${service}`, appendOp(['services', service, 'tmpfs'], tmpfsEntry(input)))
}

export function updateTmpfsPlan(service: string, mount: TmpfsMount, input: TmpfsInput): EditPlan {
  return plan(`Change the tmpfs mount ${mount.path} of ${service}`, setOp(['services', service, ...mount.at], tmpfsEntry(input, mount)))
}

export function removeTmpfsPlan(service: string, mount: TmpfsMount): EditPlan {
  return plan(`Remove the tmpfs mount ${mount.path} from ${service}`, deleteOp(['services', service, ...mount.at]))
}
