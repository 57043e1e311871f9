// The store's one commit path for document edits. Invariant: an edit either leaves the text alone and says why
// (`notice`), or becomes exactly one text change, which text-sync.ts turns into one undo step in the editor.
import { applyPlan } from '../compose/write/apply-plan'
import type { AppActions, AppState, EditInput } from './app-state'
import { parseMemo } from './parse-memo'

interface Deps {
  get(): AppState
  set(partial: Partial<AppState>): void
  commitText(text: string, how: 'action', extra?: Partial<AppState>): void
}

export function createApplyEdit({ get, set, commitText }: Deps): AppActions['applyEdit'] {
  const refuse = (notice: string) => {
    set({ notice })
    return false
  }
  return (edit: EditInput, extra = {}) => {
    const { text } = get()
    if ('replaceDocument' in edit) {
      if (edit.replaceDocument !== text) commitText(edit.replaceDocument, 'action', { notice: null, ...extra })
      return true
    }
    const file = parseMemo(text)
    const error = file.errors[0]
    if (error) return refuse(`Line ${error.line}, column ${error.column}: ${error.message} Fix the YAML in the editor first.`)
    const built = typeof edit === 'function' ? edit(file) : edit
    if (typeof built === 'string') return refuse(built)
    if (built === null) return true
    const result = applyPlan(text, built)
    if (!result.ok) return refuse(`${built.label} failed: ${result.error}`)
    commitText(result.text, 'action', { notice: null, ...extra })
    return true
  }
}
