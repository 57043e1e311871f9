// Edits of the Filesystem form: `read_only` and the service's tmpfs mounts, also the fixes of require-read-only-rootfs,
// require-tmpfs-size and no-tmpfs-exec.
import { asObject, formatTmpfsEntry, maskInterpolation, readTmpfs, tmpfsRelaxingOptions, toBytes, TMPFS_RELAXING_OPTIONS } from '../compose/read/settings'
import type { TmpfsMount } from '../compose/read/settings'
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile, EditOp, ServiceView } from '../compose/types'
import { coveringMount, serviceImageFacts, uncoveredScratchPaths } from '../compose/read/image-knowledge/service-needs'
import type { EditResult } from './edit-result'
import { findService, listEditOps } from './list-items'
import type { ItemEdit } from './list-items'

export interface TmpfsInput {
  path: string
  size: string
  mode: string
}

/** The scratch space a read-only service gets when it has no tmpfs mount yet: most programs write to /tmp. */
export const DEFAULT_TMPFS = '/tmp:size=64M'

/** The size of a tmpfs an edit adds for a path the image writes. */
export const SCRATCH_TMPFS_SIZE = '64M'

/** A size-limited `tmpfs:` entry for a scratch path. */
export const scratchTmpfs = (path: string) => `${path}:size=${SCRATCH_TMPFS_SIZE}`

/** Ops that add `tmpfs:` entries to a service: the whole list when it has none, else one append each. */
export function addTmpfsEntriesOps(service: ServiceView, entries: readonly string[]): EditOp[] {
  const path = ['services', service.name, 'tmpfs']
  if (entries.length === 0) return []
  const current = service.data.tmpfs
  if (current === undefined || current === null) return [setOp(path, [...entries])]
  return entries.map((entry) => appendOp(path, entry))
}

/**
 * The tmpfs mounts turning `read_only` on adds: /tmp when the service has no tmpfs mount (and nothing is mounted at
 * /tmp), and one for each scratch path its image is known to write (image knowledge: /var/run/postgresql for postgres)
 * that no tmpfs, volume or bind mount covers yet.
 */
export function readOnlyTmpfsEntries(service: ServiceView): string[] {
  const facts = serviceImageFacts(service)
  const known = facts ? uncoveredScratchPaths(service, facts).map((p) => p.path) : []
  const tmp = readTmpfs(service).length === 0 && !coveringMount(service, '/tmp') ? ['/tmp'] : []
  return [...new Set([...tmp, ...known])].map(scratchTmpfs)
}

/** `read_only` on or off. Turning it on gives the service the tmpfs mounts it needs (readOnlyTmpfsEntries). */
export function setReadOnlyPlan(file: ComposeFile, service: string, on: boolean): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const ops: EditOp[] = [setOp(['services', service, 'read_only'], on)]
  if (on) ops.push(...addTmpfsEntriesOps(found, readOnlyTmpfsEntries(found)))
  return plan(`${on ? 'Make' : 'Stop making'} the root filesystem of ${service} read-only`, ...ops)
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

/** A row of the form: the mount's index in the service's `tmpfs` list (TmpfsMount.index) and its fields. */
export interface TmpfsRowInput extends TmpfsInput {
  index: number
}

/**
 * Changes one `tmpfs:` entry. A change of its size alone edits only the size option (see withTmpfsSize), so the entry
 * keeps its order and its variables; other changes rewrite the entry from the row.
 */
export function updateTmpfsPlan(file: ComposeFile, service: string, { index, ...input }: TmpfsRowInput): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const mount = ownTmpfs(found, index)
  if (!mount) return `The tmpfs mount is gone from ${service}; the text changed meanwhile.`
  if (!mount.at) return fromBase(mount)
  const sizeOnly = input.path.trim() === mount.path && (input.mode.trim() || undefined) === mount.mode && input.size.trim() !== ''
  if (sizeOnly) return tmpfsInputProblems(input).size ?? setTmpfsSizePlan(file, service, { size: input.size.trim(), mounts: [mount] })
  const label = `Change the tmpfs mount ${mount.path} of ${service}`
  return firstProblem(input) ?? plan(label, ...listEditOps(file, found, 'tmpfs', [{ item: mount, next: tmpfsEntry(input, mount) }]))
}

/**
 * A `tmpfs:` entry with its size set: `/run` → `/run:size=64M`, `/run:mode=1777` → `/run:mode=1777,size=64M`, and a
 * `size=` already there replaced in place. Interpolations stay as written (a `:` inside `${DIR:-/tmp}` is no separator).
 */
export function withTmpfsSize(raw: string, size: string): string {
  const masked = maskInterpolation(raw)
  const colon = masked.indexOf(':')
  if (colon < 0) return `${raw}:size=${size}`
  const opts = masked.slice(colon + 1)
  const m = /(^|,)(\s*size=[^,]*)/.exec(opts)
  if (m) {
    const start = colon + 1 + m.index + m[1].length
    return `${raw.slice(0, start)}size=${size}${raw.slice(start + m[2].length)}`
  }
  return opts.trim() === '' ? `${raw}size=${size}` : `${raw},size=${size}`
}

export interface TmpfsSizeInput {
  /** As in a `tmpfs:` entry (64M); a `type: tmpfs` volume gets it in bytes. */
  size: string
  /** The mounts to size (readTmpfs' entries: `tmpfs:` items and `type: tmpfs` volumes). */
  mounts: ReadonlyArray<Pick<TmpfsMount, 'source' | 'index'>>
}

/**
 * Sets the size of tmpfs mounts: the size option of a `tmpfs:` entry, `tmpfs.size` of a long-syntax volume. Mounts an
 * anchor gives are sized in the service's own copy of the list; those an `extends` base adds are left to the base.
 */
export function setTmpfsSizePlan(file: ComposeFile, service: string, { size, mounts }: TmpfsSizeInput): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const all = readTmpfs(found)
  const chosen = mounts.flatMap((m) => all.filter((x) => x.source === m.source && x.index === m.index && x.origin !== 'extends'))
  if (chosen.length === 0) return mounts.length ? 'These tmpfs mounts come from the service this one extends; size them there.' : null
  const bytes = toBytes(size)
  const ops: EditOp[] = []
  for (const key of ['tmpfs', 'volumes'] as const) {
    const edits = chosen.filter((m) => (m.source === 'tmpfs') === (key === 'tmpfs')).map((m): ItemEdit => {
      if (m.source === 'tmpfs') return { item: m, next: withTmpfsSize(String(m.written), size) }
      const long = asObject(m.written) ?? {}
      const value = bytes.known ? bytes.value : size
      const op = m.origin === 'own' && m.at ? setOp(['services', service, ...m.at, 'tmpfs', 'size'], value) : undefined
      return { item: m, next: { ...long, tmpfs: { ...asObject(long.tmpfs), size: value } }, op }
    })
    if (edits.length) ops.push(...listEditOps(file, found, key, edits))
  }
  return ops.length ? plan(`Limit the tmpfs mounts of ${service} to ${size}`, ...ops) : null
}

/** Null when the mount is gone already: there is nothing left to remove. */
export function removeTmpfsPlan(file: ComposeFile, service: string, index: number): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const mount = ownTmpfs(found, index)
  if (mount && !mount.at) return fromBase(mount)
  return mount?.at ? plan(`Remove the tmpfs mount ${mount.path} from ${service}`, deleteOp(['services', service, ...mount.at])) : null
}

/**
 * A `tmpfs:` entry without its exec, suid and dev options, so that Docker's `noexec,nosuid,nodev` apply again:
 * `/run:exec,size=64M` → `/run:size=64M`, `/cache:exec` → `/cache`. The other options (their `no…` forms included) and
 * interpolations stay as written.
 */
export function withoutTmpfsRelaxingOptions(raw: string): string {
  const masked = maskInterpolation(raw)
  const colon = masked.indexOf(':')
  if (colon < 0) return raw
  const kept: string[] = []
  let start = colon + 1
  for (const option of masked.slice(colon + 1).split(',')) {
    const relaxing = (TMPFS_RELAXING_OPTIONS as readonly string[]).includes(option.trim().toLowerCase())
    if (!relaxing) kept.push(raw.slice(start, start + option.length))
    start += option.length + 1
  }
  const options = kept.filter((o) => o.trim() !== '')
  return options.length ? `${raw.slice(0, colon + 1)}${options.join(',')}` : raw.slice(0, colon)
}

export interface TmpfsOptionsInput {
  /** The `tmpfs:` entries to change, by TmpfsMount.index; every entry that allows exec, suid or dev when omitted. */
  indexes?: readonly number[]
}

/**
 * Takes exec, suid and dev off the service's `tmpfs:` entries (no-tmpfs-exec's fix). Entries an anchor gives are changed
 * in the service's own copy of the list; those an `extends` base adds are left to the base.
 */
export function removeTmpfsRelaxingOptionsPlan(file: ComposeFile, service: string, input: TmpfsOptionsInput = {}): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const relaxed = readTmpfs(found).filter((m) => m.source === 'tmpfs' && tmpfsRelaxingOptions(m.options).length > 0
    && (input.indexes === undefined || input.indexes.includes(m.index)))
  const here = relaxed.filter((m) => m.origin !== 'extends')
  if (here.length === 0) return relaxed.length ? 'These tmpfs mounts come from the service this one extends; change them there.' : null
  const edits = here.map((m): ItemEdit => ({ item: m, next: withoutTmpfsRelaxingOptions(String(m.written)) }))
  const ops = listEditOps(file, found, 'tmpfs', edits)
  return ops.length ? plan(`Mount the tmpfs of ${service} noexec, nosuid and nodev`, ...ops) : null
}
