// Editor <-> store text sync. Invariant: after each store change the model holds store.text, reached by ONE
// minimal edit between undo stops, so Ctrl+Z in the editor undoes a form edit in one step.
import type { editor, IDisposable } from 'monaco-editor/editor'
import { minimalEdit } from '../compose/write/minimal-edit'
import type { AppStore } from '../store/app-state'

export function bindEditorToStore(ed: editor.IStandaloneCodeEditor, store: AppStore): IDisposable {
  const model = ed.getModel()
  if (!model) throw new Error('bindEditorToStore: the editor has no model')
  let pushing = false

  const push = (text: string) => {
    const e = minimalEdit(model.getValue(), text)
    if (!e) return
    const a = model.getPositionAt(e.start)
    const b = model.getPositionAt(e.end)
    pushing = true
    try {
      ed.pushUndoStop()
      ed.executeEdits('forms', [
        { range: { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column }, text: e.text, forceMoveMarkers: true },
      ])
      ed.pushUndoStop()
    } finally {
      pushing = false
    }
    ed.revealLinesInCenterIfOutsideViewport(a.lineNumber, model.getPositionAt(e.start + e.text.length).lineNumber)
  }

  // The store may have moved on while the editor chunk loaded.
  push(store.getState().text)
  const typed = model.onDidChangeContent(() => {
    if (!pushing) store.getState().actions.setText(model.getValue())
  })
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text !== prev.text) push(s.text)
  })
  return {
    dispose() {
      typed.dispose()
      unsubscribe()
    },
  }
}
