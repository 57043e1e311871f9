// Editor features whose cost grows with the whole file on every change: off for files of thousands of lines, on again
// when the file shrinks. Sticky scroll rebuilds its model (indentation or outline) from every line after each edit.
import type { editor, IDisposable } from 'monaco-editor/editor'

/** Above this many lines, sticky scroll is off. */
export const BIG_FILE_LINES = 4000

export function bindBigFileOptions(ed: editor.IStandaloneCodeEditor): IDisposable {
  let big: boolean | null = null
  const update = () => {
    const now = (ed.getModel()?.getLineCount() ?? 0) > BIG_FILE_LINES
    if (now === big) return
    big = now
    ed.updateOptions({ stickyScroll: { enabled: !now } })
  }
  update()
  return ed.onDidChangeModelContent(update)
}
