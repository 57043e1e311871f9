// A few exclusive choices as one segmented bar: native radio buttons (arrow keys move the choice), styled as segments.
import { useId } from 'react'

export interface SegmentedOption<V extends string> {
  value: V
  label: string
  /** A risky choice: marked with a red dot, and red while selected. */
  danger?: boolean
  /** Monospace label, for values written as-is in the YAML (restart policies). */
  mono?: boolean
}

interface SegmentedProps<V extends string> {
  /** Names the radio group. */
  label: string
  options: readonly SegmentedOption<V>[]
  /** The selected option, or null when none is (the setting is absent and has no option of its own). */
  value: V | null
  onChange(value: V): void
  describedBy?: string
  /** Segments as wide as their text (long values side by side) instead of equal widths. */
  fit?: boolean
}

export function Segmented<V extends string>({ label, options, value, onChange, describedBy, fit }: SegmentedProps<V>) {
  const name = useId()
  return (
    <div
      role="radiogroup"
      aria-label={label}
      aria-describedby={describedBy}
      className="flex gap-0.5 rounded-lg bg-slate-100 p-0.5 ring-1 ring-slate-200 ring-inset dark:bg-slate-800 dark:ring-slate-700"
    >
      {options.map((o) => (
        <label
          key={o.value}
          className={`group relative flex min-w-0 ${fit ? 'flex-auto' : 'flex-1'} cursor-pointer items-center justify-center gap-1.5 rounded-md px-2 py-1 text-center text-xs font-medium text-slate-600 transition-colors hover:bg-white/70 hover:text-slate-900 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-offset-1 has-focus-visible:outline-emerald-600 has-disabled:cursor-not-allowed has-disabled:hover:bg-transparent dark:text-slate-300 dark:hover:bg-slate-700/60 dark:hover:text-white dark:has-focus-visible:outline-emerald-400 ${
            o.danger
              ? 'has-checked:bg-rose-600 has-checked:text-white has-checked:hover:bg-rose-600 dark:has-checked:bg-rose-600'
              : 'has-checked:bg-white has-checked:text-slate-900 has-checked:hover:bg-white dark:has-checked:bg-slate-600 dark:has-checked:text-white dark:has-checked:hover:bg-slate-600'
          } ${o.mono ? 'font-mono text-[11px]' : ''}`}
        >
          {/* The radio covers its segment, invisible: clicks land on it, and it keeps the keyboard and accessibility of a native radio. */}
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
            className="absolute inset-0 m-0 cursor-pointer appearance-none rounded-md opacity-0 disabled:cursor-not-allowed"
          />
          {o.danger && <span aria-hidden="true" className="h-1.5 w-1.5 shrink-0 rounded-full bg-rose-500 group-has-checked:bg-white" />}
          <span className="truncate">{o.label}</span>
        </label>
      ))}
    </div>
  )
}
