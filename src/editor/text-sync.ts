// Editor <-> store text sync. Invariant: after each store change the model holds store.text, reached by ONE
// minimal edit between undo stops, so Ctrl+Z in the editor undoes a form edit in one step.
import type { editor, IDisposable } from 'monaco-editor/editor'
import { minimalEdit } from '../compose/write/minimal-edit'
import type { AppStore } from '../store/app-state'

export function bindEditorToStore(ed: editor.IStandaloneCodeEditor, store: AppStore): IDisposable {
  const model = ed.getModel()
  if (!model) throw new Error('bindEditorToStore: the editor has no model')
  let pushing = false
  /**
   * The text the model holds, as last handed to or taken from the store: the store echoing the editor's own text
   * back needs no minimal-edit scan (which costs milliseconds per key on a 600 KB file).
   */
  let held: string | null = null

  const push = (text: string) => {
    const e = minimalEdit(model.getValue(), text)
    held = text
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
  const typing = model.onDidChangeContent(() => {
    if (pushing) return
    held = model.getValue()
    store.getState().actions.setText(held)
  })
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.text !== prev.text && s.text !== held) push(s.text)
  })
  return {
    dispose() {
      typing.dispose()
      unsubscribe()
    },
  }
}
