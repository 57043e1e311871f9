// Forms commit when focus leaves them or on Enter: one document edit (one undo step) per finished change, not per key.
import type { FocusEvent, FormEvent } from 'react'

export function commitHandlers(commit: () => void) {
  return {
    onSubmit(e: FormEvent<HTMLFormElement>) {
      e.preventDefault()
      commit()
    },
    onBlur(e: FocusEvent<HTMLFormElement>) {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) commit()
    },
  }
}
