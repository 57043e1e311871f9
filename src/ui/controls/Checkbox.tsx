// A native checkbox in the app's look: a tick for choosing items (checklist, harden fixes), where a switch would read as
// a setting that acts at once. The caller labels it with <label htmlFor={id}>, laid out as its row needs.
interface CheckboxProps {
  id: string
  checked: boolean
  onChange(checked: boolean): void
  /** The id of the text that says what ticking it means. */
  describedBy?: string
}

export function Checkbox({ id, checked, onChange, describedBy }: CheckboxProps) {
  return (
    <input
      id={id}
      type="checkbox"
      checked={checked}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.checked)}
      className="mt-0.5 h-4 w-4 shrink-0 cursor-pointer rounded border-slate-300 accent-emerald-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-600 dark:accent-emerald-500 dark:focus-visible:outline-emerald-400"
    />
  )
}
