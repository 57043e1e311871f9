// A compact on/off control for one row of a list (read-only, internal): a native checkbox with the switch role and a short visible text.
interface SmallSwitchProps {
  /** The visible text, e.g. "read-only". */
  text: string
  /** The accessible name; it must contain `text` (e.g. "Read-only /data"). */
  label: string
  checked: boolean
  onChange(checked: boolean): void
  disabled?: boolean
  title?: string
}

export function SmallSwitch({ text, label, checked, onChange, disabled, title }: SmallSwitchProps) {
  return (
    <label className="inline-flex shrink-0 cursor-pointer items-center gap-1.5 text-[11px] font-medium text-slate-600 has-disabled:cursor-not-allowed dark:text-slate-300" title={title}>
      <input
        type="checkbox"
        role="switch"
        aria-label={label}
        checked={checked}
        aria-checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        className="relative h-4 w-7 shrink-0 cursor-pointer appearance-none rounded-full bg-slate-300 transition-colors before:absolute before:top-0.5 before:left-0.5 before:h-3 before:w-3 before:rounded-full before:bg-white before:shadow before:transition-transform checked:bg-emerald-600 checked:before:translate-x-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-slate-600 dark:before:bg-slate-100 dark:checked:bg-emerald-500 dark:focus-visible:outline-emerald-400"
      />
      <span aria-hidden="true">{text}</span>
    </label>
  )
}
