// e2e hooks on window, only in `vite build --mode e2e` and the dev server (its smoke e2e): the condition is a build-time
// constant, so normal builds drop it.
import type { editor } from 'monaco-editor/editor'
import type { Monaco } from './monaco-setup'

declare global {
  interface Window {
    __editor?: editor.IStandaloneCodeEditor
    __monaco?: Monaco
  }
}

export function exposeTestHooks(ed: editor.IStandaloneCodeEditor, monaco: Monaco): void {
  if (import.meta.env.MODE !== 'e2e' && !import.meta.env.DEV) return
  window.__editor = ed
  window.__monaco = monaco
}
