// The frame of an add-row form under a list: its fields, then the submit button. With a `footer` (a hint or a small
// control) the button sits beside it below the fields; without one, fields and button share a row laid out by `className`.
import type { FormEvent, ReactNode } from 'react'
import { buttonClass } from './styles'

interface AddRowProps {
  /** The form's accessible name, e.g. "Add a device". */
  label: string
  onSubmit(e: FormEvent): void
  /** The button's text. */
  button: string
  /** The button's accessible name when its text is too short to stand alone ("Add" → "Add tmpfs mount"). */
  buttonLabel?: string
  footer?: ReactNode
  /** The layout of the single row (no footer). */
  className?: string
  children: ReactNode
}

const FRAME = 'border-t border-dashed border-slate-200 pt-2 dark:border-slate-700'

export function AddRow({ label, onSubmit, button, buttonLabel, footer, className = 'flex items-start gap-2', children }: AddRowProps) {
  if (footer === undefined) {
    return (
      <form aria-label={label} onSubmit={onSubmit} className={`${className} ${FRAME}`}>
        {children}
        <button type="submit" aria-label={buttonLabel} className={`${buttonClass} mt-0.5 h-7`}>
          {button}
        </button>
      </form>
    )
  }
  return (
    <form aria-label={label} onSubmit={onSubmit} className={`space-y-2 ${FRAME}`}>
      {children}
      <div className="flex items-center justify-between gap-2">
        {typeof footer === 'string' ? <p className="text-[11px] text-slate-500 dark:text-slate-400">{footer}</p> : footer}
        <button type="submit" aria-label={buttonLabel} className={`${buttonClass} shrink-0`}>
          {button}
        </button>
      </div>
    </form>
  )
}
