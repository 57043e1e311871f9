// The lookup: an image reference in, the table's facts for that image, variant and version out (or undefined).
import { NOSQL_ENTRIES } from './entries-nosql'
import { RUNTIME_ENTRIES } from './entries-runtimes'
import { SQL_ENTRIES } from './entries-sql'
import { WEB_ENTRIES } from './entries-web'
import { UNKNOWN_PART, parseImageReference } from './image-reference'
import type { Healthcheck, ImageEntry, ImageFacts, ImageReference, ImageUser, ImageVariant, VersionRange } from './types'

export const IMAGE_ENTRIES: readonly ImageEntry[] = [...SQL_ENTRIES, ...NOSQL_ENTRIES, ...WEB_ENTRIES, ...RUNTIME_ENTRIES]

const BY_REPOSITORY = new Map(IMAGE_ENTRIES.flatMap(entry => entry.repositories.map(repo => [repo, entry] as const)))

/**
 * What the table knows about an image, or undefined for images it has no row for (and for references whose
 * name is left unknown by a variable without a default). `postgres:${PG_VERSION:-16}-alpine` reads as
 * postgres 16 on alpine; `postgres:${TAG}` as postgres of unknown variant and version.
 */
export function imageKnowledge(image: string): ImageFacts | undefined {
  const reference = parseImageReference(image)
  if (reference.canonical.includes(UNKNOWN_PART)) return undefined
  const entry = BY_REPOSITORY.get(reference.canonical)
  if (!entry) return undefined
  const variant = variantOf(entry, reference)
  const majorVersion = versionOf(entry, reference)
  return {
    id: entry.id,
    title: entry.title,
    reference,
    variant,
    majorVersion,
    privileges: entry.privileges,
    user: userOf(entry, variant),
    writablePaths: entry.writablePaths.filter(p => majorVersion === undefined || inRange(majorVersion, p.versions)),
    capabilitiesAsRoot: entry.capabilitiesAsRoot,
    healthcheck: healthcheckOf(entry.healthchecks ?? [], variant, majorVersion),
    unprivileged: entry.unprivileged,
    fileEnv: entry.fileEnv,
    notes: entry.notes,
    sources: entry.sources,
  }
}

/** No tag means `latest`, which is built on the default variant; a digest alone or an unknown tag says nothing. */
function effectiveTag(reference: ImageReference): string | undefined {
  if (reference.tag !== undefined) return reference.tag
  return reference.digest === undefined ? 'latest' : undefined
}

function variantOf(entry: ImageEntry, reference: ImageReference): ImageVariant | undefined {
  const tag = effectiveTag(reference)?.toLowerCase()
  if (!entry.variants || tag === undefined) return undefined
  const marked = entry.variants.markers.find(([marker]) => tag.includes(marker))
  if (marked) return marked[1]
  // An unresolved part of the tag could name any variant (`16${SUFFIX}`).
  return tag.includes(UNKNOWN_PART) ? undefined : entry.variants.otherwise
}

function versionOf(entry: ImageEntry, reference: ImageReference): number | undefined {
  const tag = effectiveTag(reference)
  const m = tag === undefined || !entry.version ? null : entry.version.exec(tag)
  return m ? Number(m[1]) : undefined
}

/** The variant's user; with the variant unknown, only the fields every variant agrees on. */
function userOf(entry: ImageEntry, variant: ImageVariant | undefined): ImageUser | undefined {
  const byVariant = entry.userByVariant ?? {}
  if (variant !== undefined) return byVariant[variant] ?? entry.user
  const candidates = [entry.user, ...Object.values(byVariant)].filter((u): u is ImageUser => u !== undefined)
  if (candidates.length === 0) return undefined
  const agreed: ImageUser = {}
  for (const key of ['name', 'uid', 'gid'] as const) {
    const values = new Set(candidates.map(u => u[key]))
    const [only] = values
    if (values.size === 1 && only !== undefined) Object.assign(agreed, { [key]: only })
  }
  return Object.keys(agreed).length > 0 ? agreed : undefined
}

/** The check for this variant and version; with the version unknown, the newest (no upper bound). */
function healthcheckOf(checks: readonly Healthcheck[], variant: ImageVariant | undefined, version: number | undefined): Healthcheck | undefined {
  return checks.find(check =>
    (check.variants === undefined || (variant !== undefined && check.variants.includes(variant))) &&
    (version === undefined ? check.versions?.below === undefined : inRange(version, check.versions)))
}

function inRange(version: number, range: VersionRange | undefined): boolean {
  if (!range) return true
  return (range.from === undefined || version >= range.from) && (range.below === undefined || version < range.below)
}
