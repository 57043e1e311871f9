// Opening a file (picker or drop): checked by the pure helpers, then it replaces the document as one undoable edit.
import { useCallback, useRef } from 'react'
import { ACCEPT, decodeImport, importProblem } from './import-file'
import { useActions } from '../../store/use-app'
import { toolbarButtonClass } from '../controls/styles'

export interface Status {
  tone: 'success' | 'error'
  text: string
}

/** How toolbar actions report what happened (the header shows it). */
export type Say = (status: Status) => void

/** Reads a File and opens it, or says why not. */
export function useOpenFile(say: Say): (file: File) => Promise<void> {
  const { applyEdit } = useActions()
  return useCallback(
    async (file: File) => {
      // Judge the size before reading: a 2 GB file must not be loaded into memory to be refused.
      const early = importProblem(file)
      if (early) return say({ tone: 'error', text: early })
      let bytes: Uint8Array
      try {
        bytes = new Uint8Array(await file.arrayBuffer())
      } catch (e) {
        return say({ tone: 'error', text: `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}` })
      }
      const result = decodeImport(file, bytes)
      if (!result.ok) return say({ tone: 'error', text: result.error })
      applyEdit({ replaceDocument: result.text })
      say({ tone: 'success', text: `Opened ${result.name}. Ctrl+Z in the editor brings back the previous text.` })
    },
    [applyEdit, say],
  )
}

export function ImportControls({ say }: { say: Say }) {
  const input = useRef<HTMLInputElement>(null)
  const open = useOpenFile(say)
  return (
    <>
      <button type="button" className={toolbarButtonClass} onClick={() => input.current?.click()}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M3 7V5h6l2 2h10v12H3V7z" />
        </svg>
        Open…
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        aria-label="Open a compose file"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0]
          // Cleared so that choosing the same file again still fires a change.
          e.target.value = ''
          if (file) void open(file)
        }}
      />
    </>
  )
}
