// Drop a file anywhere on the page to open it. Only drags that carry files react: Monaco's own text drags pass by.
import { useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { useOpenFile } from './ImportControls'
import type { Say } from './ImportControls'

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false

export function DropZone({ say }: { say: Say }) {
  const open = useOpenFile(say)
  const [over, setOver] = useState(false)
  // dragenter/dragleave fire for every element crossed; a counter tells when the drag really left the window.
  const depth = useRef(0)

  useEffect(() => {
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth.current += 1
      setOver(true)
    }
    const overPage = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      // Without preventDefault the browser would navigate to the dropped file.
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth.current = Math.max(0, depth.current - 1)
      if (depth.current === 0) setOver(false)
    }
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      e.stopPropagation()
      depth.current = 0
      setOver(false)
      const files = [...(e.dataTransfer?.files ?? [])]
      if (files.length > 1) say({ tone: 'error', text: `Drop one file at a time (${files.length} were dropped).` })
      else if (files[0]) void open(files[0])
    }
    // Capture phase: the drop is handled before Monaco's editor sees it and inserts the file name as text.
    window.addEventListener('dragenter', enter, true)
    window.addEventListener('dragover', overPage, true)
    window.addEventListener('dragleave', leave, true)
    window.addEventListener('drop', drop, true)
    return () => {
      window.removeEventListener('dragenter', enter, true)
      window.removeEventListener('dragover', overPage, true)
      window.removeEventListener('dragleave', leave, true)
      window.removeEventListener('drop', drop, true)
    }
  }, [open, say])

  if (!over) return null
  return createPortal(
    <div
      data-testid="drop-overlay"
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-6 backdrop-blur-[2px] dark:bg-black/60"
    >
      <div className="rounded-2xl border-2 border-dashed border-emerald-400 bg-white/95 px-10 py-8 text-center shadow-2xl dark:bg-slate-900/95">
        <p className="text-base font-semibold text-slate-900 dark:text-slate-100">Drop the compose file to open it</p>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">It replaces the current text; Ctrl+Z in the editor brings that back.</p>
      </div>
    </div>,
    document.body,
  )
}
