// The toolbar's "Import docker run…" button and its dialog.
import { useState } from 'react'
import { toolbarButtonClass } from '../controls/styles'
import type { Say } from '../shell/ImportControls'
import { ImportRunDialog } from './ImportRunDialog'

export function ImportRunControl({ say }: { say: Say }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className={toolbarButtonClass} onClick={() => setOpen(true)} title="Turn docker run commands into Compose services">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M4 6l5 5-5 5M11 18h9" />
        </svg>
        Import docker run…
      </button>
      {open && <ImportRunDialog onClose={() => setOpen(false)} say={say} />}
    </>
  )
}
