// Phrases the image-aware fix descriptions share: who an image runs as, the paths it writes and where they are
// mounted, and the documentation that says so. Facts come from the image-knowledge table, never from here.
import type { CoveringMount, PathCover } from '../compose/read/image-knowledge/service-needs'
import type { ImageFacts, ImageUser, WritablePath } from '../compose/read/image-knowledge/types'

/** The image as the file writes it. */
export const imageOf = (facts: ImageFacts) => facts.reference.raw.trim()

/** `uid 999 (user \`postgres\`)`, `user \`postgres\``, `uid 1000, gid 0`. */
export function userText(u: ImageUser): string {
  const ids = u.uid === undefined ? '' : u.gid === undefined || u.gid === u.uid ? `uid ${u.uid}` : `uid ${u.uid}, gid ${u.gid}`
  if (u.name && ids) return `${ids} (user \`${u.name}\`)`
  return u.name ? `user \`${u.name}\`` : ids
}

/** Who the image runs as, as the start of a sentence: `postgres:16 runs as uid 999 (user \`postgres\`)`. */
export function runsAs(facts: ImageFacts, user: ImageUser): string {
  const image = imageOf(facts)
  const who = userText(user)
  switch (facts.privileges) {
    case 'master-drops': return `${image} runs its workers as ${who}`
    case 'non-root': return `${image} already runs as ${who}`
    case 'stays-root': return `${image} runs as root but provides ${who}`
    default: return `${image} runs as ${who}`
  }
}

/** A `user:` value as YAML shows it: quoted when it holds a colon or is a number. */
export const userValue = (value: string) => (/^[\d:]+$/.test(value) ? `"${value}"` : value)

/** `a`, `a and b`, `a, b and c`; with `;` between items that hold commas themselves. */
export function listed(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  const sep = items.some((i) => i.includes(',')) ? ';' : ','
  return `${items.slice(0, -1).join(`${sep} `)}${sep === ';' ? ';' : ''} and ${items[items.length - 1]}`
}

/** `/var/run/postgresql for the Unix socket and its lock file`. */
export const pathWhy = (p: WritablePath) => `${p.path} for ${p.why}`

/** Where a mount puts a path: `already a tmpfs`, `on the volume db-data`, `on the host directory ./data`. */
export function mountText(m: CoveringMount, path: string): string {
  if (m.kind === 'tmpfs') return m.target === path ? 'already a tmpfs' : `already on the tmpfs at ${m.target}`
  if (m.kind === 'bind') return `on the host directory ${m.source ?? m.target}`
  if (m.kind === 'volume') return m.source ? `on the volume ${m.source}` : `on an anonymous volume at ${m.target}`
  return `on the ${m.kind} mount at ${m.target}`
}

/** A path and where it is mounted now, when it is. */
export const coverText = (c: PathCover) => (c.mount ? `${pathWhy(c.path)}, ${mountText(c.mount, c.path.path)}` : pathWhy(c.path))

/** The table's notes whose text matches, as sentences. */
export const notesAbout = (facts: ImageFacts, pattern: RegExp): string[] => facts.notes.filter((n) => pattern.test(n))

/** The image's documentation, the table's first source for the row. */
export const sourceText = (facts: ImageFacts) => `(source: ${facts.sources[0]})`

/** Sentences joined into one paragraph, each ending with a full stop, then the source. */
export function paragraph(sentences: readonly (string | undefined | false)[], source: string): string {
  const text = sentences.filter((s): s is string => !!s && s.trim() !== '').map((s) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`))
  return [...text, source].filter((s) => s !== '').join(' ')
}
