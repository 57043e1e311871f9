// An on/off control whose "on" gives something away (privileged, host namespaces): the row turns to a warning when on.
import { useId } from 'react'
import type { ReactNode } from 'react'

interface RiskSwitchProps {
  label: string
  /** The setting as written in YAML when on, e.g. `pid: host`. */
  code?: string
  checked: boolean
  onChange(checked: boolean): void
  /** What turning it on gives away, in plain words. */
  hint?: ReactNode
  /** A second line under the hint (the current value when it is neither on nor off, …). */
  note?: ReactNode
  badge?: ReactNode
}

export function RiskSwitch({ label, code, checked, onChange, hint, note, badge }: RiskSwitchProps) {
  const id = useId()
  return (
    <div
      className={`flex items-start gap-3 rounded-lg border px-3 py-2.5 transition-colors ${
        checked
          ? 'border-rose-300 bg-rose-50 dark:border-rose-800/70 dark:bg-rose-950/40'
          : 'border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900'
      }`}
    >
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        aria-describedby={hint || note ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
        className="relative mt-0.5 h-5 w-9 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors before:absolute before:top-0.5 before:left-0.5 before:h-4 before:w-4 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-rose-600 checked:before:translate-x-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-rose-600 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-slate-600 dark:before:bg-slate-100 dark:checked:bg-rose-500 dark:focus-visible:outline-rose-400"
      />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          {checked && (
            <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3.5 w-3.5 shrink-0 text-rose-600 dark:text-rose-400" fill="currentColor">
              <path d="M8.9 1.6a1 1 0 0 0-1.8 0L.6 13.4A1 1 0 0 0 1.5 15h13a1 1 0 0 0 .9-1.6L8.9 1.6zM7.25 5.5h1.5v4.25h-1.5V5.5zm0 5.75h1.5v1.5h-1.5v-1.5z" />
            </svg>
          )}
          <label htmlFor={id} className={`cursor-pointer text-sm font-medium ${checked ? 'text-rose-950 dark:text-rose-100' : 'text-slate-800 dark:text-slate-100'}`}>
            {label}
          </label>
          {code && (
            <code
              className={`rounded px-1 py-px font-mono text-[11px] ${checked ? 'bg-rose-100 text-rose-900 dark:bg-rose-900/60 dark:text-rose-100' : 'bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300'}`}
            >
              {code}
            </code>
          )}
          {badge}
        </div>
        {(hint || note) && (
          <div id={`${id}-hint`} className={`mt-0.5 space-y-0.5 text-xs ${checked ? 'text-rose-900/90 dark:text-rose-200' : 'text-slate-500 dark:text-slate-400'}`}>
            {hint && <p>{hint}</p>}
            {note && <p className="font-medium">{note}</p>}
          </div>
        )}
      </div>
    </div>
  )
}
