// An on/off control: a native checkbox with the switch role, so it keeps keyboard, form and label behaviour.
import { useId } from 'react'
import type { ReactNode } from 'react'

interface SwitchProps {
  label: string
  checked: boolean
  onChange(checked: boolean): void
  hint?: ReactNode
  badge?: ReactNode
}

export function Switch({ label, checked, onChange, hint, badge }: SwitchProps) {
  const id = useId()
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
        className="relative mt-0.5 h-5 w-9 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors before:absolute before:top-0.5 before:left-0.5 before:h-4 before:w-4 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-emerald-600 checked:before:translate-x-4 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-slate-600 dark:before:bg-slate-100 dark:checked:bg-emerald-500 dark:focus-visible:outline-emerald-400"
      />
      <div className="min-w-0">
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={id} className="cursor-pointer text-sm font-medium text-slate-800 dark:text-slate-100">
            {label}
          </label>
          {badge}
        </div>
        {hint && (
          <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
            {hint}
          </p>
        )}
      </div>
    </div>
  )
}
