// Plans for the Read-only root filesystem form: `read_only` and the service's `tmpfs` short-syntax entries.
import { formatTmpfsEntry, readTmpfs } from '../compose/read/settings'
import type { TmpfsMount } from '../compose/read/settings'
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile, ServiceView } from '../compose/types'
import type { EditResult } from './edit-result'
import { findService } from './list-items'

export interface TmpfsInput {
  path: string
  size: string
  mode: string
}

export function setReadOnlyPlan(file: ComposeFile, service: string, on: boolean): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
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

const firstProblem = (input: TmpfsInput): string | null => Object.values(tmpfsInputProblems(input))[0] ?? null

/** A mount an `extends` base adds is written on the base service: it is changed there. */
const fromBase = (mount: TmpfsMount) => `The tmpfs mount ${mount.path} comes from service "${mount.located?.from ?? 'it extends'}" through extends; change it there.`

/** The service's own tmpfs mount `index` (TmpfsMount.index). */
const ownTmpfs = (service: ServiceView, index: number) => readTmpfs(service).find((m) => m.source === 'tmpfs' && m.index === index)

export function addTmpfsPlan(file: ComposeFile, service: string, input: TmpfsInput): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  return firstProblem(input) ?? plan(`Add a tmpfs mount at ${input.path.trim()} to ${service}`, appendOp(['services', service, 'tmpfs'], tmpfsEntry(input)))
}

/** `index` is the mount's index in the service's `tmpfs` list (TmpfsMount.index). */
export function updateTmpfsPlan(file: ComposeFile, service: string, index: number, input: TmpfsInput): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const mount = ownTmpfs(found, index)
  if (!mount) return `The tmpfs mount is gone from ${service}; the text changed meanwhile.`
  if (!mount.at) return fromBase(mount)
  return firstProblem(input) ?? plan(`Change the tmpfs mount ${mount.path} of ${service}`, setOp(['services', service, ...mount.at], tmpfsEntry(input, mount)))
}

/** Null when the mount is gone already: there is nothing left to remove. */
export function removeTmpfsPlan(file: ComposeFile, service: string, index: number): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const mount = ownTmpfs(found, index)
  if (mount && !mount.at) return fromBase(mount)
  return mount?.at ? plan(`Remove the tmpfs mount ${mount.path} from ${service}`, deleteOp(['services', service, ...mount.at])) : null
}
