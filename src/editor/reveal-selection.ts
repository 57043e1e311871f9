// Picking a service in the list scrolls the editor to that service's key, so text and forms stay side by side.
import type { editor, IDisposable } from 'monaco-editor/editor'
import type { AppStore } from '../store/app-state'
import { selectShown } from '../store/selectors'

export function revealSelectedService(ed: editor.IStandaloneCodeEditor, store: AppStore): IDisposable {
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selected === prev.selected || s.selected === null || s.text !== prev.text) return
    const service = selectShown(s).services.find((x) => x.name === s.selected)
    if (service) ed.revealLineNearTop(service.keyPos.line)
  })
  return { dispose: unsubscribe }
}
