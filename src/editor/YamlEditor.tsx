// The Monaco editor, loaded lazily with its chunk; uncontrolled, kept in step with the store by text-sync.ts.
import { Editor } from '@monaco-editor/react'
import type { OnMount } from '@monaco-editor/react'
import { useEffect, useRef } from 'react'
import type { IDisposable } from 'monaco-editor/editor'
import { useAppStore } from '../store/use-app'
import { EDITOR_FONT, MODEL_PATH, monaco } from './monaco-setup'
import { bindFindingMarkers, bindRevealRequests } from './finding-markers'
import { registerQuickFixes } from './quick-fixes'
import { revealSelectedService } from './reveal-selection'
import { followPageTheme } from './theme'
import { exposeTestHooks } from './test-hooks'
import { bindEditorToStore } from './text-sync'
import { bindBigFileOptions } from './big-file-options'
import { PlainEditor } from './PlainEditor'
import { takeOverFromPlainEditor } from './plain-takeover'

const OPTIONS = {
  ariaLabel: 'Compose file (YAML)',
  automaticLayout: true,
  fixedOverflowWidgets: true,
  ...EDITOR_FONT,
  minimap: { enabled: false },
  padding: { top: 12, bottom: 12 },
  renderLineHighlight: 'line',
  scrollBeyondLastLine: false,
  // No provider offers inline suggestions; asking for them still costs work on every key.
  inlineSuggest: { enabled: false },
  // By indentation rather than the outline: the outline model asks the YAML worker for every symbol and rebuilds on
  // each change. Off for big files (big-file-options.ts).
  stickyScroll: { enabled: true, defaultModel: 'indentationModel' },
  tabSize: 2,
  insertSpaces: true,
} as const

export default function YamlEditor() {
  const store = useAppStore()
  const bindings = useRef<IDisposable[]>([])
  useEffect(() => () => bindings.current.forEach((b) => b.dispose()), [])

  const onMount: OnMount = (ed) => {
    const editor = ed as unknown as Parameters<typeof bindEditorToStore>[0]
    bindings.current.push(bindEditorToStore(editor, store), revealSelectedService(editor, store), followPageTheme(monaco), bindBigFileOptions(editor))
    // After the text is in step with the store: what was typed while the editor loaded is in the model.
    takeOverFromPlainEditor(editor)
    // After revealSelectedService: a finding's line wins over its service's key when both move the view.
    const markers = bindFindingMarkers(monaco, editor, store)
    bindings.current.push(markers, registerQuickFixes(monaco, editor, store, markers), bindRevealRequests(editor, store))
    exposeTestHooks(editor, monaco)
  }

  return (
    <Editor
      defaultValue={store.getState().text}
      defaultLanguage="yaml"
      path={MODEL_PATH}
      theme="vs"
      options={OPTIONS}
      onMount={onMount}
      loading={<PlainEditor />}
    />
  )
}
