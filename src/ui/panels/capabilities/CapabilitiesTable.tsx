// The 41 Linux capabilities as a filterable table with a grant switch per row, in a scroll area under a sticky header.
import { useId, useState } from 'react'
import { CAPABILITIES } from '../../../compose/read/capabilities'
import type { Capability } from '../../../compose/read/capabilities'
import { CapabilitiesRow } from './CapabilitiesRow'
import type { CapabilityRowState } from './CapabilitiesRow'
import { TextField } from '../../controls/TextField'

interface CapabilitiesTableProps {
  service: string
  rowState(cap: Capability): CapabilityRowState
  locked?: string
  onToggle(cap: Capability, grant: boolean): void
}

/** Matches the name (with or without CAP_), what it allows, when it is needed, the risk tier and "default". */
export function capabilityMatches(cap: Capability, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/^cap_/, '')
  if (!q) return true
  const haystack = [cap.name, cap.allows, cap.neededWhen, cap.risk, cap.dockerDefault ? 'default' : ''].join(' ').toLowerCase()
  return q.split(/\s+/).every((word) => haystack.includes(word) || haystack.includes(word.replace(/^cap_/, '')))
}

const TH = 'sticky top-0 z-10 bg-slate-100 py-1.5 text-left text-[10.5px] font-semibold tracking-wide text-slate-600 uppercase shadow-[inset_0_-1px_0] shadow-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:shadow-slate-700'

export function CapabilitiesTable({ service, rowState, locked, onToggle }: CapabilitiesTableProps) {
  const [query, setQuery] = useState('')
  const rows = CAPABILITIES.filter((cap) => capabilityMatches(cap, query))
  const countId = useId()
  return (
    <div className="space-y-2">
      <div className="flex items-end gap-3">
        <TextField className="min-w-0 flex-1" label="Filter capabilities" value={query} onChange={setQuery} placeholder="NET_RAW, mount, ptrace…" />
        <p id={countId} aria-live="polite" className="shrink-0 pb-1.5 text-[11px] text-slate-500 tabular-nums dark:text-slate-400">
          {rows.length === CAPABILITIES.length ? `${rows.length} capabilities` : `${rows.length} of ${CAPABILITIES.length}`}
        </p>
      </div>
      <div className="max-h-[28rem] overflow-y-auto overscroll-contain rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
        <table className="w-full table-fixed border-collapse">
          <caption className="sr-only">
            Linux capabilities of {service}: switch one on to grant it, off to take it away
          </caption>
          <colgroup>
            <col className="w-[3.5rem]" />
            <col className="w-[8.25rem]" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className={`${TH} pr-1 pl-2.5`}>
                Grant
              </th>
              <th scope="col" className={`${TH} px-1.5`}>
                Capability
              </th>
              <th scope="col" className={`${TH} pr-2.5 pl-1.5`}>
                Allows · needed when
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((cap) => (
              <CapabilitiesRow key={cap.name} cap={cap} state={rowState(cap)} locked={locked} onToggle={(grant) => onToggle(cap, grant)} />
            ))}
          </tbody>
        </table>
        {rows.length === 0 && (
          <p className="px-3 py-4 text-center text-xs text-slate-500 dark:text-slate-400">
            No capability matches “{query.trim()}”.{' '}
            <button type="button" onClick={() => setQuery('')} className="font-medium text-emerald-700 underline underline-offset-2 hover:text-emerald-800 dark:text-emerald-400">
              Clear the filter
            </button>
          </p>
        )}
      </div>
    </div>
  )
}
