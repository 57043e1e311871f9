// The capabilities the container ends up with (Docker's defaults, minus cap_drop, plus cap_add), as risk-coloured chips.
import { useId } from 'react'
import { CAPABILITY_BY_NAME } from '../../../compose/read/capabilities'
import { RISK_TONE } from './CapabilitiesRisk'

export function CapabilitiesEffective({ caps, privileged }: { caps: readonly string[]; privileged: boolean }) {
  const id = useId()
  return (
    <div className="rounded-lg border border-slate-200 bg-slate-50/60 p-3 dark:border-slate-700 dark:bg-slate-800/40">
      <div className="mb-2 flex items-baseline justify-between gap-2">
        <h4 id={id} className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
          Effective set
        </h4>
        <span className="text-[11px] text-slate-500 tabular-nums dark:text-slate-400">{privileged ? 'all 41 (privileged)' : `${caps.length} of 41`}</span>
      </div>
      {caps.length === 0 ? (
        <p className="text-xs text-emerald-800 dark:text-emerald-300">None: processes in the container hold no capabilities, even as root.</p>
      ) : (
        <ul aria-labelledby={id} className="flex flex-wrap gap-1">
          {caps.map((name) => {
            const cap = CAPABILITY_BY_NAME.get(name)
            return (
              <li
                key={name}
                title={cap?.allows}
                className={`rounded px-1.5 py-0.5 font-mono text-[11px] leading-4 ring-1 ring-inset ${cap ? RISK_TONE[cap.risk] : RISK_TONE.low}`}
              >
                {name}
              </li>
            )
          })}
        </ul>
      )}
    </div>
  )
}
