// no-shared-mount-propagation: shared propagation lets mounts made in the container appear on the host, and back.
import { deleteOp, plan } from '../../compose/write/plan'
import { itemKeyPath, readVolumes } from '../../compose/read/settings'
import type { VolumeMount } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { defineRule } from '../define-rule'
import { listEditOps } from '../../edits/list-items'
import type { ItemEdit } from '../../edits/list-items'
import { itemFix, mountLabel } from '../security-helpers'

const SHARED = new Set(['shared', 'rshared'])

/** Docker compares the mode exactly; the reader gives it in lower case, so any letter case is flagged here. */
const sharedMounts = (service: ServiceView) =>
  readVolumes(service).filter((m) => m.propagation !== undefined && SHARED.has(m.propagation))

/** The same volume without its propagation: `/a:/b:ro,rshared` → `/a:/b:ro`; long syntax loses `bind.propagation`. */
function withoutPropagation(m: VolumeMount): unknown {
  if (m.parts) {
    const modes = (m.parts[2] ?? '').split(',').filter((x) => !SHARED.has(x.trim().toLowerCase()))
    const kept = modes.join(',') === '' ? [] : [modes.join(',')]
    return [m.parts[0], m.parts[1], ...kept, ...m.parts.slice(3)].join(':')
  }
  const { bind, ...rest } = m.long ?? {}
  const { propagation: _dropped, ...bindRest } = (bind ?? {}) as Record<string, unknown>
  return Object.keys(bindRest).length ? { ...rest, bind: bindRest } : rest
}

export default defineRule({
  id: 'no-shared-mount-propagation',
  title: 'Do not share mount propagation with the host',
  description:
    'With `shared` or `rshared` bind propagation, a mount made inside the container below the bind mount also appears on the host, and the host\'s new mounts appear in the container. A container that can mount (with SYS_ADMIN, or privileged) can then place file systems on the host, and the host\'s later mounts leak in. Docker\'s default is `rprivate`. This rule reads the short-syntax mode (`/src:/dst:rshared`, `/src:/dst:ro,shared`) and the long syntax\'s `bind.propagation`, in any letter case.',
  severity: 'medium',
  checklist: [],
  references: [
    'CIS Docker Benchmark 5.20',
    'https://docs.docker.com/engine/storage/bind-mounts/#configure-bind-propagation',
  ],
  fix: 'safe',
  panel: 'filesystem',
  fixLabel: 'Remove the shared mount propagation',
  howToFix: 'Remove `shared`/`rshared` from the mount\'s options (short syntax) or delete `bind.propagation` (long syntax); use `rslave` if the container must see the host\'s later mounts without making its own visible.',
  fixDescription: 'Removes the shared propagation from the mount, which falls back to Docker\'s default `rprivate`.',
  messages: {
    shared: 'Volume "{{item}}" uses {{propagation}} mount propagation: mounts made in the container reach the host, and the host\'s mounts reach the container.',
  },
  checkService({ service, report }) {
    for (const m of sharedMounts(service)) {
      report({ messageId: 'shared', at: itemKeyPath(m, 'bind', 'propagation'), data: { item: mountLabel(m), propagation: m.propagation ?? '' }, fix: itemFix(m) })
    }
  },
  fixPlan({ file, service }) {
    if (!service) return null
    const edits = sharedMounts(service).map((m): ItemEdit => {
      // The long syntax loses only its `bind.propagation` key (the applier removes a `bind:` map left empty), unless
      // the item is an alias: then the whole item is replaced, so that the anchor stays as it is.
      const key = m.long && m.at ? [...m.at, 'bind', 'propagation'] : undefined
      const own = key !== undefined && service.locate(key)?.origin === 'own'
      return { item: m, next: withoutPropagation(m), op: own ? deleteOp(['services', service.name, ...key]) : undefined }
    })
    const ops = listEditOps(file, service, 'volumes', edits)
    return ops.length ? plan('Remove shared mount propagation', ...ops) : null
  },
})
