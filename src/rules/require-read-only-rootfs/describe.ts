// What require-read-only-rootfs's fix does on one service, in words: the paths its image writes and where each one
// goes (from the image table, with its source), or that the fix is the generic /tmp tmpfs.
import { serviceImageFacts, writablePathCover } from '../../compose/read/image-knowledge/service-needs'
import type { ServiceView } from '../../compose/types'
import { readOnlyTmpfsEntries } from '../../edits/filesystem'
import { coverText, imageOf, listed, notesAbout, paragraph, sourceText } from '../image-fix-text'

/** The entry's path: `/var/run/postgresql:size=64M` → `/var/run/postgresql`. */
const entryPath = (entry: string) => entry.slice(0, entry.indexOf(':'))

function action(service: ServiceView): string {
  const added = readOnlyTmpfsEntries(service).map(entryPath)
  return added.length ? `sets \`read_only: true\` and a size-limited tmpfs (64M) for ${listed(added)}` : 'sets `read_only: true`'
}

export function describeReadOnlyFix(service: ServiceView | undefined): string {
  const facts = service && serviceImageFacts(service)
  if (!service || !facts) {
    const image = service?.data.image
    const why = typeof image === 'string' && image.trim() ? `the image table has no entry for ${image.trim()}` : 'the service names no image to look up'
    return paragraph([
      `The generic fix: ${why}. It ${service ? action(service) : 'sets `read_only: true` and a /tmp tmpfs when the service has none'}`,
      'Other paths the application writes need their own tmpfs or volume',
    ], '')
  }
  const cover = writablePathCover(service, facts)
  const scratch = cover.filter((c) => c.path.use === 'scratch')
  const data = cover.filter((c) => c.path.use === 'data')
  const unkept = data.filter((c) => !c.mount).map((c) => c.path.path)
  const writes = scratch.length
    ? `${imageOf(facts)} writes ${listed(scratch.map(coverText))}`
    : `${imageOf(facts)} writes nothing ${data.length ? 'but its data ' : ''}by default`
  return paragraph([
    `${writes}: ${action(service)}`,
    data.length > 0 && `It keeps its data in ${listed(data.map(coverText))}`,
    unkept.length > 0 && `No volume covers ${listed(unkept)}: mount one there, or that data is lost with the container`,
    ...notesAbout(facts, /read-only/i),
  ], sourceText(facts))
}
