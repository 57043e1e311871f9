// require-tmpfs-size: a tmpfs lives in RAM; without a size any process in the container can fill the host's memory.
import { itemKeyPath, readTmpfs, toBytes } from '../../compose/read/settings'
import type { TmpfsMount } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { setTmpfsSizePlan, withTmpfsSize } from '../../edits/filesystem'
import { defineRule, planOrNull } from '../define-rule'

/** The size the fix gives: `size=64M` in a `tmpfs:` entry; a `type: tmpfs` volume gets it in bytes (67108864), an integer
 *  being what every compose version accepts (newer ones also take "64m"). */
export const TMPFS_SIZE = '64M'

type Problem = 'missing' | 'unlimited'
interface Unsized { item: TmpfsMount; key: 'tmpfs' | 'volumes'; path: string; problem: Problem }

const ZERO = /^\s*0+(\.0+)?\s*([kmgtp]?b?|%)\s*$/i

/** Why a mount needs a size, or undefined when it has one or a variable without default may hold it. */
function problemOf(m: TmpfsMount): Problem | undefined {
  if (m.unknown) return undefined
  if (m.size === undefined) return 'missing'
  if (m.source === 'tmpfs') return ZERO.test(m.size) ? 'unlimited' : undefined
  // Long syntax takes bytes; an interpolation, or a unit compose would reject anyway, is not this rule's call.
  const n = toBytes(m.size)
  return n.known && n.value === 0 ? 'unlimited' : undefined
}

function unsized(service: ServiceView): Unsized[] {
  return readTmpfs(service).flatMap((item): Unsized[] => {
    const problem = problemOf(item)
    return problem ? [{ item, key: item.source === 'tmpfs' ? 'tmpfs' : 'volumes', path: item.path, problem }] : []
  })
}

/** `/run` → `/run:size=64M`; `/run:mode=1777` → `/run:mode=1777,size=64M`; a `size=0` is replaced in place. */
export const withSize = (raw: string): string => withTmpfsSize(raw, TMPFS_SIZE)

const fixable = (u: Unsized) => u.item.origin === 'own' || u.item.origin === 'merge'

export default defineRule({
  id: 'require-tmpfs-size',
  title: 'Limit the size of tmpfs mounts',
  description:
    'A tmpfs mount is backed by memory. Without a size, Docker lets it grow to half of the host\'s RAM, and `size=0` means no limit at all, so any process in the container (including an attacker\'s) can exhaust host memory by writing files, even when the container has a memory limit of its own. Both the service\'s `tmpfs` entries and volumes of `type: tmpfs` are checked; a size or an entry that is an interpolation without default is not judged.',
  severity: 'low',
  checklist: ['tmpfs'],
  references: ['Runtime Security Checklist: use tmpfs for writable areas', 'https://docs.docker.com/reference/compose-file/services/#tmpfs', 'https://docs.docker.com/engine/storage/tmpfs/'],
  fix: 'unsafe',
  panel: 'filesystem',
  fixLabel: 'Limit tmpfs mounts to 64M',
  howToFix: 'Add a size to each tmpfs: `/tmp:size=64M` in `tmpfs:`, or `tmpfs: {size: 67108864}` on a long-syntax volume.',
  fixDescription: 'Adds a 64 MiB size (`size=64M`, or `tmpfs.size: 67108864` in long volume syntax) to each tmpfs mount without one; raise it if the application writes more.',
  messages: {
    missing: 'tmpfs mount {{path}} has no size limit: writing to it can use up to half of the host\'s memory.',
    unlimited: 'tmpfs mount {{path}} has size 0, which means no limit: writing to it can use up the host\'s memory.',
    fromBase: 'tmpfs mount {{path}} of the extended service has no size limit; set one there.',
  },
  checkService({ service, report }) {
    for (const u of unsized(service)) {
      const data = { path: u.path || '(no target)' }
      if (!u.item.at) report({ messageId: 'fromBase', at: undefined, data, fix: 'none' })
      // A long-syntax `tmpfs.size: 0` is reported on its own line; a missing size on the item.
      else report({ messageId: u.problem, at: u.item.source === 'volume' ? itemKeyPath(u.item, 'tmpfs', 'size') : u.item.at, data, fix: fixable(u) ? undefined : 'none' })
    }
  },
  fixPlan({ file, service }) {
    // The Filesystem form's tmpfs rows, each given a size; a `type: tmpfs` volume gets `tmpfs.size` the same way.
    if (!service) return null
    const mounts = unsized(service).filter(fixable).map((u) => u.item)
    return mounts.length ? planOrNull(setTmpfsSizePlan(file, service.name, { size: TMPFS_SIZE, mounts })) : null
  },
})
