// Monaco's theme follows the page's theme store. Monaco themes are global: one setTheme recolours every editor.
import type { IDisposable } from 'monaco-editor/editor'
import { pageTheme } from '../store/theme'
import type { Theme } from '../store/theme'
import type { Monaco } from './monaco-setup'

export const MONACO_THEME: Readonly<Record<Theme, string>> = { light: 'vs', dark: 'vs-dark' }

/**
 * Sets the current theme now and on every change. Call it after an editor is created: @monaco-editor/react sets
 * its `theme` prop on creation, so this call must come after that (onMount does).
 */
export function followPageTheme(monaco: Monaco): IDisposable {
  const store = pageTheme()
  monaco.editor.setTheme(MONACO_THEME[store.getState().theme])
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) monaco.editor.setTheme(MONACO_THEME[s.theme])
  })
  return { dispose: unsubscribe }
}
