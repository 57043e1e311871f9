// A text form's submit button, always rendered: enabled while the draft differs from the document and is valid.
// It must never appear or vanish with the draft: leaving the form by a click commits it on the press, and a button
// that vanished then would move the layout under the pointer, so the release would miss what was pressed.
import type { ReactNode } from 'react'
import { primaryButtonClass } from './styles'

interface ApplyButtonProps {
  /** The draft differs from the document. */
  dirty: boolean
  /** The draft has a problem: nothing to apply until it is fixed. */
  invalid?: boolean
  className?: string
  children: ReactNode
}

export function ApplyButton({ dirty, invalid = false, className = '', children }: ApplyButtonProps) {
  return (
    <button type="submit" className={`${primaryButtonClass} shrink-0 ${className}`} disabled={!dirty || invalid}>
      {children}
    </button>
  )
}
