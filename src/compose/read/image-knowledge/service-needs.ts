// What a service's image needs to run hardened, against what the service already has: the `user:` value the image
// runs as, and the mount (if any) that already covers each path the image writes.
import type { ServiceView } from '../../types'
import { readTmpfs, readVolumes } from '../settings-filesystem'
import { imageKnowledge } from './image-knowledge'
import type { ImageFacts, WritablePath } from './types'

/** The table's facts for the service's image (the image as written, so `postgres:${TAG:-16}-alpine` is read too). */
export function serviceImageFacts(service: ServiceView): ImageFacts | undefined {
  const image = service.data.image
  return typeof image === 'string' ? imageKnowledge(image) : undefined
}

/**
 * The `user:` value for the image: the name when the table knows one (it resolves inside the image on every variant,
 * so `postgres` is 999 on debian tags and 70 on alpine ones), else the uid and gid. An image whose own USER is already
 * non-root gets exactly that uid:gid (elasticsearch runs as 1000 with group 0). Undefined when the table names no user.
 */
export function imageUserInput(facts: ImageFacts): { user: string; group: string } | undefined {
  const u = facts.user
  if (!u) return undefined
  const numeric = u.uid === undefined ? undefined : { user: String(u.uid), group: u.gid === undefined ? '' : String(u.gid) }
  if (facts.privileges === 'non-root' && numeric) return numeric
  if (u.name) return { user: u.name, group: '' }
  return numeric
}

/** A mount that already gives the service a path: a tmpfs, or a volume or bind mount (`kind`), at it or above it. */
export interface CoveringMount {
  target: string
  kind: 'tmpfs' | 'bind' | 'volume' | string
  /** The named volume or host path, for volumes and binds. */
  source?: string
}

export interface PathCover {
  path: WritablePath
  mount?: CoveringMount
}

/** Debian, Ubuntu and Alpine make /var/run a link to /run: a mount at either covers both. */
const normal = (path: string) => {
  const p = path.trim().replace(/\/+$/, '') || '/'
  return p === '/var/run' || p.startsWith('/var/run/') ? p.slice(4) : p
}

const covers = (target: string, path: string) => {
  if (!target.trim().startsWith('/')) return false
  const [t, p] = [normal(target), normal(path)]
  return t === p || t === '/' || p.startsWith(`${t}/`)
}

/** The service's mount that covers `path`, or undefined. Mounts whose target a variable decides are not counted. */
export function coveringMount(service: ServiceView, path: string): CoveringMount | undefined {
  const tmpfs = readTmpfs(service).find((m) => !m.path.includes('$') && covers(m.path, path))
  if (tmpfs) return { target: tmpfs.path, kind: 'tmpfs' }
  const volume = readVolumes(service).find((v) => v.target !== undefined && !v.target.includes('$') && covers(v.target, path))
  return volume?.target === undefined ? undefined : { target: volume.target, kind: volume.type, source: volume.source }
}

/** Each path the image writes, with the mount that covers it already (none when nothing does). */
export function writablePathCover(service: ServiceView, facts: ImageFacts): PathCover[] {
  return facts.writablePaths.map((path) => ({ path, mount: coveringMount(service, path.path) }))
}

/** The scratch paths the image writes that no mount covers yet: each wants a size-limited tmpfs. */
export function uncoveredScratchPaths(service: ServiceView, facts: ImageFacts): WritablePath[] {
  return writablePathCover(service, facts).filter((c) => c.path.use === 'scratch' && !c.mount).map((c) => c.path)
}
