// The header of a large dialog: its title and description (the ids Dialog's labelledBy / describedBy name), anything
// beside them (Harden's score), and the Close button.
import type { ReactNode } from 'react'
import { buttonClass } from './styles'

interface DialogHeaderProps {
  /** The dialog's useId(): the title is `${id}-title`, the description `${id}-desc`. */
  id: string
  title: ReactNode
  description: ReactNode
  onClose(): void
  /** Shown between the text and the Close button. */
  children?: ReactNode
}

export function DialogHeader({ id, title, description, onClose, children }: DialogHeaderProps) {
  return (
    <div className="flex items-start gap-4 border-b border-slate-200 px-5 py-4 dark:border-slate-700">
      <div className="min-w-0 flex-1">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {title}
        </h2>
        <p id={`${id}-desc`} className="mt-0.5 max-w-3xl text-xs leading-relaxed text-slate-600 dark:text-slate-300">
          {description}
        </p>
      </div>
      {children}
      <button type="button" aria-label="Close" onClick={onClose} className={`${buttonClass} h-8 w-8 px-0`}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M6 6l12 12M18 6 6 18" />
        </svg>
      </button>
    </div>
  )
}
