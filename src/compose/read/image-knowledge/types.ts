// Types of the image-knowledge table: what an image needs to run hardened (user, writable paths, capabilities,
// health check), as the image's own documentation and Dockerfiles state it.

/** Linux capabilities named by this table, spelled as compose's `cap_add` takes them. */
export type Capability = 'CHOWN' | 'DAC_OVERRIDE' | 'FOWNER' | 'SETGID' | 'SETUID' | 'NET_BIND_SERVICE' | 'SYS_NICE' | 'NET_ADMIN' | 'IPC_LOCK'

/** The base a tag of the image is built on, where it changes what the image does (postgres: uid 70 on alpine, 999 on debian). */
export type ImageVariant = 'debian' | 'alpine' | 'ubuntu' | 'oracle-linux'

/**
 * How the image treats users.
 * - `entrypoint-drops`: starts as root; the entrypoint fixes ownership of its data paths, then re-runs itself as
 *   `user` (gosu, su-exec, setpriv, `clickhouse su`). Compose `user:` set to that user works when the data paths
 *   are already owned by it; the entrypoint then skips the chown.
 * - `master-drops`: a root master process binds the ports and runs its workers as `user`. Running the whole
 *   container as that user needs configuration changes (port, pid and temp paths); see `unprivileged`.
 * - `stays-root`: nothing drops privileges; the process runs as root unless compose sets `user:`.
 * - `non-root`: the image's own USER is already `user`.
 */
export type PrivilegeModel = 'entrypoint-drops' | 'master-drops' | 'stays-root' | 'non-root'

/** A user as the image defines it. The name resolves inside the image on every variant; uids may differ. */
export interface ImageUser {
  name?: string
  uid?: number
  gid?: number
}

/** `data` must outlive the container (a volume); `scratch` may be a size-limited tmpfs. */
export type PathUse = 'data' | 'scratch'

/** Major versions of the image a fact holds for: `from` inclusive, `below` exclusive. */
export interface VersionRange {
  from?: number
  below?: number
}

export interface WritablePath {
  path: string
  use: PathUse
  /** Why the image writes there, in a few words a fix description can quote. */
  why: string
  versions?: VersionRange
}

export interface Healthcheck {
  /** A compose `healthcheck.test` using only programs the image ships. */
  test: readonly string[]
  note?: string
  versions?: VersionRange
  /** Only on these variants (nginx: curl on debian tags, BusyBox wget on alpine ones). */
  variants?: readonly ImageVariant[]
}

/** A sibling image that runs without root out of the box. It is a different image: `note` says what changes. */
export interface UnprivilegedVariant {
  image: string
  user: ImageUser
  /** The port it listens on instead of the privileged one. */
  port?: number
  note: string
}

/** One row of the table: one image, however it is spelled. */
export interface ImageEntry {
  id: string
  title: string
  /** Canonical repositories (`docker.io/library/postgres`); mirrors and registry aliases are normalised before matching. */
  repositories: readonly string[]
  /** Finds the major version in a tag (first capture group); absent when tags carry none. */
  version?: RegExp
  /** Which variant a tag names: the first marker found in the tag wins, else `otherwise`. */
  variants?: { markers: readonly (readonly [string, ImageVariant])[]; otherwise: ImageVariant }
  /** Absent when the source could not confirm it. */
  privileges?: PrivilegeModel
  /** The user the image runs its service as (or switches to); per-variant values override it. */
  user?: ImageUser
  userByVariant?: Partial<Record<ImageVariant, ImageUser>>
  writablePaths: readonly WritablePath[]
  /** What the process needs when it starts as root with `cap_drop: [ALL]`; empty when it needs none. */
  capabilitiesAsRoot: readonly Capability[]
  healthchecks?: readonly Healthcheck[]
  unprivileged?: UnprivilegedVariant
  /** Variables the entrypoint also reads from a file named by `<VAR>_FILE` (Docker secrets), with the page saying so. */
  fileEnv?: FileEnv
  notes: readonly string[]
  /** The image's own documentation and Dockerfiles that back the row. */
  sources: readonly string[]
}

/** The `_FILE` convention: `<VAR>_FILE=/run/secrets/x` makes the entrypoint read VAR from that file. */
export interface FileEnv {
  variables: readonly string[]
  source: string
}

/** A parsed image reference. Unresolvable `${VAR}` parts read as `*`, a character no real reference contains. */
export interface ImageReference {
  raw: string
  /** `docker.io` for Docker Hub, whatever alias was written. */
  registry: string
  /** The path after the registry, lower-cased; Docker Hub's single names gain `library/`. */
  path: string
  /** `registry/path` with known mirrors of Docker Hub's official images folded back (`mirror.gcr.io/library/x`). */
  canonical: string
  tag?: string
  digest?: string
  /** False when an interpolated variable without a default leaves part of the reference unknown. */
  complete: boolean
}

/** What `imageKnowledge` answers: the row, narrowed to the variant and version the reference names. */
export interface ImageFacts {
  id: string
  title: string
  reference: ImageReference
  /** Undefined when the tag does not say (an unresolved variable, or a digest alone). */
  variant?: ImageVariant
  majorVersion?: number
  privileges?: PrivilegeModel
  /** With the variant unknown, only what every variant agrees on (postgres: the name, not the uid). */
  user?: ImageUser
  /** Narrowed to the version when known; with it unknown, every version's paths, each with its range. */
  writablePaths: readonly WritablePath[]
  capabilitiesAsRoot: readonly Capability[]
  healthcheck?: Healthcheck
  unprivileged?: UnprivilegedVariant
  fileEnv?: FileEnv
  notes: readonly string[]
  sources: readonly string[]
}
