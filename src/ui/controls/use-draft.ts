// A text input's draft: starts from the document's value and follows it whenever that value changes underneath.
import { useState } from 'react'

export function useDraft(source: string): [string, (value: string) => void] {
  const [draft, setDraft] = useState(source)
  const [seen, setSeen] = useState(source)
  if (seen !== source) {
    // Adjusting state during render (react.dev "You might not need an effect"): no stale frame, no extra effect.
    setSeen(source)
    setDraft(source)
  }
  return [draft, setDraft]
}
