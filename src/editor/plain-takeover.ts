// Monaco takes the plain editor's place (PlainEditor.tsx) where the person left it: the same selection, scroll position
// and, when nothing else has taken it meanwhile, the keyboard focus.
import type { editor } from 'monaco-editor/editor'
import { clampSelection, takePlainEditorState } from './plain-editor-state'

export function takeOverFromPlainEditor(ed: editor.IStandaloneCodeEditor): void {
  const model = ed.getModel()
  const kept = takePlainEditorState()
  if (!model || !kept) return
  const { start, end, backward, scrollTop, scrollLeft, focused } = clampSelection(kept, model.getValueLength())
  const from = model.getPositionAt(backward ? end : start)
  const to = model.getPositionAt(backward ? start : end)
  ed.setSelection({ selectionStartLineNumber: from.lineNumber, selectionStartColumn: from.column, positionLineNumber: to.lineNumber, positionColumn: to.column })
  ed.setScrollPosition({ scrollTop, scrollLeft }, 1 /* ScrollType.Immediate */)
  if (focused && (document.activeElement === null || document.activeElement === document.body)) ed.focus()
}
