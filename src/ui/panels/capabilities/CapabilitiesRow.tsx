// One capability in the Capabilities table: a grant switch, its name and tags, what it allows and when it is needed.
import type { Capability } from '../../../compose/read/capabilities'
import type { Located } from '../../../compose/types'
import { CapabilitiesRiskBadge, isDangerous } from './CapabilitiesRisk'
import { inheritedFrom } from '../../controls/InheritedBadge'

export interface CapabilityRowState {
  granted: boolean
  /** Named in cap_add (where: own, anchor or base service). */
  added?: Located
  /** Named in cap_drop (ALL does not count here). */
  dropped: boolean
}

interface CapabilitiesRowProps {
  cap: Capability
  state: CapabilityRowState
  /** Why the switch cannot act (cap_add: ALL, privileged…), or undefined. */
  locked?: string
  onToggle(grant: boolean): void
}

const TAG = 'inline-flex items-center rounded px-1 py-px text-[10px] leading-4 font-medium ring-1 ring-inset'

export function CapabilitiesRow({ cap, state, locked, onToggle }: CapabilitiesRowProps) {
  const danger = isDangerous(cap.risk)
  const inherited = inheritedFrom(state.added)
  const tint = !state.granted ? '' : danger ? 'bg-rose-50/70 dark:bg-rose-950/30' : 'bg-emerald-50/50 dark:bg-emerald-950/20'
  return (
    <tr className={`${tint} align-top`}>
      <td className="py-1.5 pr-1 pl-2.5">
        <input
          type="checkbox"
          role="switch"
          aria-label={`Grant ${cap.name}`}
          checked={state.granted}
          aria-checked={state.granted}
          disabled={locked !== undefined}
          title={locked}
          onChange={(e) => onToggle(e.target.checked)}
          className={`relative mt-0.5 h-4 w-7 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors before:absolute before:top-0.5 before:left-0.5 before:h-3 before:w-3 before:rounded-full before:bg-white before:shadow before:transition-transform checked:before:translate-x-3 focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-slate-600 dark:before:bg-slate-100 ${
            danger
              ? 'checked:bg-rose-600 focus-visible:outline-rose-600 dark:checked:bg-rose-500 dark:focus-visible:outline-rose-400'
              : 'checked:bg-emerald-600 focus-visible:outline-emerald-600 dark:checked:bg-emerald-500 dark:focus-visible:outline-emerald-400'
          }`}
        />
      </td>
      <th scope="row" className="px-1.5 py-1.5 text-left font-normal">
        <span
          className={`block font-mono text-[11px] leading-5 break-all ${state.granted ? 'font-semibold text-slate-900 dark:text-slate-50' : 'text-slate-700 dark:text-slate-300'}`}
        >
          {cap.name}
        </span>
        <span className="mt-0.5 flex flex-wrap gap-1">
          <CapabilitiesRiskBadge risk={cap.risk} />
          {cap.dockerDefault && (
            <span className={`${TAG} bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/50 dark:text-sky-200 dark:ring-sky-800`} title="In Docker's default set of 14: granted unless dropped">
              default
            </span>
          )}
          {state.added && (
            <span
              className={`${TAG} ${inherited ? 'bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-950/50 dark:text-violet-200 dark:ring-violet-800' : 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/50 dark:text-emerald-200 dark:ring-emerald-800'}`}
              title={inherited ? `cap_add, ${inherited}` : 'Named in cap_add'}
            >
              added{inherited ? ' · inherited' : ''}
            </span>
          )}
          {state.dropped && !state.granted && (
            <span className={`${TAG} bg-slate-50 text-slate-600 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700`} title="Named in cap_drop">
              dropped
            </span>
          )}
        </span>
      </th>
      <td className="py-1.5 pr-2.5 pl-1.5 text-[11px] leading-snug">
        <p className="text-slate-800 dark:text-slate-200">{cap.allows}</p>
        <p className="mt-0.5 text-slate-500 dark:text-slate-400">
          <span className="font-medium text-slate-600 dark:text-slate-300">Needed: </span>
          {cap.neededWhen || 'practically never.'}
        </p>
      </td>
    </tr>
  )
}
