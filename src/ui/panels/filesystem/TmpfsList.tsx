// The service's tmpfs mounts as editable rows, plus a row to add one. Mounts declared under `volumes:` are listed read-only.
import { readTmpfs } from '../../../compose/read/settings'
import type { ServiceView } from '../../../compose/types'
import { AddTmpfsRow } from './AddTmpfsRow'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { TmpfsRow } from './TmpfsRow'

export function TmpfsList({ service }: { service: ServiceView }) {
  const mounts = readTmpfs(service)
  const own = mounts.filter((m) => m.source === 'tmpfs')
  const fromVolumes = mounts.filter((m) => m.source === 'volume')
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-slate-50/60 p-3 dark:border-slate-700 dark:bg-slate-800/40">
      <legend className="sr-only">tmpfs mounts</legend>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <span aria-hidden="true" className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
          tmpfs mounts
        </span>
        <InheritedBadge located={own[0]?.located} />
      </div>
      <div className="space-y-2">
        {own.length > 0 && (
          <div aria-hidden="true" className="grid grid-cols-[minmax(0,1fr)_5rem_4.5rem_auto] gap-2 text-[11px] font-medium text-slate-500 dark:text-slate-400">
            <span>Path</span>
            <span>Size</span>
            <span>Mode</span>
            <span className="w-7" />
          </div>
        )}
        {own.length === 0 && <p className="text-xs text-slate-500 dark:text-slate-400">No tmpfs mounts. Add one where the app must write (for example /tmp).</p>}
        {own.map((m, i) => (
          <TmpfsRow key={`${m.index}:${m.raw}`} service={service.name} mount={m} position={i + 1} />
        ))}
        <AddTmpfsRow service={service.name} />
        {fromVolumes.map((m) => (
          <p key={`v${m.index}`} className="text-xs text-slate-500 dark:text-slate-400">
            <code className="font-mono">{m.path}</code> is a tmpfs declared under <code className="font-mono">volumes:</code>; edit it in the
            text.
          </p>
        ))}
      </div>
    </fieldset>
  )
}
