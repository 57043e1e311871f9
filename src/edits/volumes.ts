// Edits of the service's volumes: the read-only flag of each mount, adding and removing mounts (also no-docker-socket's fix).
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import { readVolumes } from '../compose/read/settings'
import type { VolumeMount } from '../compose/read/settings'
import type { ComposeFile, EditOp } from '../compose/types'
import { asObject, splitColons, toBool } from '../compose/read/values'
import type { EditResult } from './edit-result'
import { clearKeyOp, editItemPlan, findService, listEditOps, REMOVE, usesLongSyntax } from './list-items'

type Built = EditResult

/**
 * A short-syntax volume with the `ro` flag set or cleared in its mode part: `rw` is replaced in place, other options
 * (`z`, `rslave`, …) stay; a mode left empty is dropped. Null for an anonymous volume (`/data`), which has no mode part.
 */
export function withReadOnlyMode(raw: string, on: boolean): string | null {
  const parts = splitColons(raw)
  if (parts.length < 2) return null
  const [source, target, mode = ''] = parts
  const options = mode.split(',').map((o) => o.trim()).filter(Boolean)
  // Compose knows only `ro` and `rw`; an `RO` it ignores is replaced too, so the mount really becomes read-only.
  const isFlag = (o: string) => /^r[ow]$/i.test(o)
  let next: string[]
  if (on) {
    const at = options.findIndex(isFlag)
    next = at < 0 ? ['ro', ...options] : options.map((o, i) => (i === at ? 'ro' : o)).filter((o, i) => i <= at || !isFlag(o))
  } else {
    next = options.filter((o) => o !== 'ro')
  }
  return [source, target, ...(next.length ? [next.join(',')] : [])].join(':')
}

export interface VolumeReadOnlyInput {
  /** The volume's index in readVolumes. */
  index: number
  on: boolean
}

export function setVolumeReadOnlyPlan(file: ComposeFile, name: string, { index, on }: VolumeReadOnlyInput): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const volume = readVolumes(service)[index]
  if (!volume) return `That volume is gone from ${name}; the text changed meanwhile.`
  if (volume.readOnly === on) return null
  const label = `${on ? 'Mount' : 'Stop mounting'} ${volume.target ?? volume.raw} of ${name} read-only`
  const { written } = volume
  if (typeof written === 'string') {
    const next = withReadOnlyMode(written, on)
    return next === null ? 'An anonymous volume has no mode to set; give it a name or write it in long syntax.' : editItemPlan(label, file, service, 'volumes', index, next)
  }
  const long = asObject(written)
  if (!long) return 'This volume is not a string or a map; edit it in the text.'
  const next = on ? { ...long, read_only: true } : Object.fromEntries(Object.entries(long).filter(([k]) => k !== 'read_only'))
  return editItemPlan(label, file, service, 'volumes', index, next, (path) => (on ? setOp([...path, 'read_only'], true) : deleteOp([...path, 'read_only'])))
}

/**
 * Removes one volume, or several at once (no-docker-socket's fix removes every socket mount). A volume an `extends`
 * base adds cannot be taken away here (compose adds it back): when only such volumes are asked for, a sentence says so.
 */
export function removeVolumePlan(file: ComposeFile, name: string, indexes: number | readonly number[]): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const volumes = readVolumes(service)
  const chosen = (typeof indexes === 'number' ? [indexes] : indexes).map((i) => volumes[i])
  if (chosen.length === 1) {
    const [volume] = chosen
    const index = typeof indexes === 'number' ? indexes : indexes[0]
    return editItemPlan(`Remove the volume ${volume?.target ?? index + 1} from ${name}`, file, service, 'volumes', index, REMOVE)
  }
  const here = chosen.filter((v): v is VolumeMount => v !== undefined && v.origin !== 'extends')
  if (here.length === 0) return chosen.some((v) => v) ? 'These volumes come from the base service through extends; remove them there.' : null
  const ops = listEditOps(file, service, 'volumes', here.map((item) => ({ item, next: REMOVE })))
  return plan(`Remove the volumes ${here.map((v) => v.target ?? v.raw).join(', ')} from ${name}`, ...ops)
}

/** `use_api_socket: true` off: deleted, or overridden with false where it is inherited (no form control yet). */
export function stopUsingApiSocketPlan(file: ComposeFile, name: string): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const on = toBool(service.data.use_api_socket)
  if (!on.known || !on.value) return null
  return plan(`Stop handing the Docker API socket to ${name}`, clearKeyOp(file, service, 'use_api_socket', false))
}

export type NewVolumeType = 'volume' | 'bind'

export interface VolumeInput {
  type: NewVolumeType
  /** A volume name (empty: an anonymous volume) or a host path. */
  source: string
  target: string
  readOnly: boolean
}

const VOLUME_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/
const HOST_PATH = /^(\/|\.\.?\/|~\/|\$|[A-Za-z]:[\\/])/

/** Problems with a new volume, keyed by field, for people. Empty when it can be written. */
export function volumeInputProblems(input: VolumeInput): Partial<Record<'source' | 'target', string>> {
  const out: Partial<Record<'source' | 'target', string>> = {}
  const source = input.source.trim()
  const target = input.target.trim()
  if (input.type === 'bind') {
    if (!source) out.source = 'Enter the host path to mount, for example ./data.'
    else if (!HOST_PATH.test(source)) out.source = 'A host path starts with /, ./, ../ or ~/ (a bare name is a named volume).'
  } else if (source && !VOLUME_NAME.test(source)) {
    out.source = 'A volume name uses letters, digits, ".", "_" and "-"; leave it empty for an anonymous volume.'
  }
  if (!target) out.target = 'Enter the path inside the container, for example /data.'
  else if (!target.startsWith('/')) out.target = 'The container path must be absolute (start with /).'
  if (/:/.test(target)) out.target = 'The container path cannot contain ":".'
  return out
}

function shortVolume(input: VolumeInput): string {
  const source = input.source.trim()
  const target = input.target.trim()
  if (!source) return target
  return `${source}:${target}${input.readOnly ? ':ro' : ''}`
}

function longVolume(input: VolumeInput): Record<string, unknown> {
  const source = input.source.trim()
  return {
    type: input.type,
    ...(source ? { source } : {}),
    target: input.target.trim(),
    ...(input.readOnly ? { read_only: true } : {}),
  }
}

/** Adds a mount in the syntax the list already uses; a new named volume is declared under the top-level `volumes:` too. */
export function addVolumePlan(file: ComposeFile, name: string, input: VolumeInput): Built {
  const service = findService(file, name)
  if (typeof service === 'string') return service
  const problem = Object.values(volumeInputProblems(input))[0]
  if (problem) return problem
  const long = usesLongSyntax(service, 'volumes') || (input.readOnly && !input.source.trim())
  const ops: EditOp[] = [appendOp(['services', name, 'volumes'], long ? longVolume(input) : shortVolume(input))]
  const source = input.source.trim()
  const declared = asObject(file.data?.volumes)
  if (input.type === 'volume' && source && !(declared && Object.prototype.hasOwnProperty.call(declared, source))) {
    ops.push(setOp(['volumes', source], {}))
  }
  return plan(`Mount ${source || 'an anonymous volume'} at ${input.target.trim()} in ${name}`, ...ops)
}
