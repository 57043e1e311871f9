// What require-non-root-user's fix does on one service, in words: the user its image runs as and what that needs
// (from the image table, with its source), or that the fix is the generic 1000:1000.
import { imageUserInput, serviceImageFacts, uncoveredScratchPaths, writablePathCover } from '../../compose/read/image-knowledge/service-needs'
import type { ImageFacts } from '../../compose/read/image-knowledge/types'
import { formatUser } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { imageOf, listed, notesAbout, paragraph, pathWhy, runsAs, sourceText, userValue } from '../image-fix-text'

/** Notes of the table that say what running as the image's user takes. */
const USER_NOTES = /`user:|\buid\b|unprivileged user/

export function describeUserFix(service: ServiceView | undefined): string {
  const facts = service && serviceImageFacts(service)
  const input = facts && imageUserInput(facts)
  if (!service || !facts?.user || !input) return generic(service, facts)
  const tmpfs = facts.privileges === 'master-drops' ? uncoveredScratchPaths(service, facts) : []
  const binds = facts.privileges === 'entrypoint-drops'
    ? writablePathCover(service, facts).filter((c) => c.path.use === 'data' && c.mount?.kind === 'bind')
    : []
  const owner = facts.user.uid === undefined ? `user ${facts.user.name}` : `uid ${facts.user.uid}`
  const variant = facts.privileges === 'master-drops' ? facts.unprivileged : undefined
  return paragraph([
    `${runsAs(facts, facts.user)}: sets \`user: ${userValue(formatUser(input.user, input.group))}\`` +
      (tmpfs.length ? ` and a size-limited tmpfs at ${listed(tmpfs.map(pathWhy))}, which it must write as that user` : ''),
    ...notesAbout(facts, USER_NOTES),
    ...binds.map((c) => `Here ${c.path.path} is the host directory ${c.mount?.source ?? c.mount?.target}: it must belong to ${owner} before the service starts`),
    variant && `An unprivileged variant of the image exists: ${variant.image}. ${variant.note}`,
  ], sourceText(facts))
}

function generic(service: ServiceView | undefined, facts: ImageFacts | undefined): string {
  const image = service?.data.image
  const why = facts
    ? `the image table names no user for ${imageOf(facts)}`
    : typeof image === 'string' && image.trim() ? `the image table has no entry for ${image.trim()}` : 'the service names no image to look up'
  return paragraph([
    `Sets \`user: "1000:1000"\`, the generic fix: ${why}`,
    'The image\'s files and the mounted volumes must be usable by that UID and GID',
    ...(facts ? notesAbout(facts, /\buid\b/) : []),
  ], facts ? sourceText(facts) : '')
}
