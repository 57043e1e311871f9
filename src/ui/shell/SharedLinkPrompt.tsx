// Opening a share link: the document in the #fragment replaces the current one only after the user confirms (Ctrl+Z
// in the editor brings the old text back). The fragment is removed afterwards, so a reload does not ask again.
import { useEffect, useId, useState } from 'react'
import { decodeShare } from '../../share/share-link'
import { useActions, useAppStore } from '../../store/use-app'
import { Dialog } from '../controls/Dialog'
import { buttonClass, primaryButtonClass } from '../controls/styles'

type Prompt = { kind: 'open'; text: string } | { kind: 'error'; reason: string }

const lines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0)

function dropFragment() {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`)
}

export function SharedLinkPrompt() {
  const store = useAppStore()
  const { applyEdit } = useActions()
  const [prompt, setPrompt] = useState<Prompt | null>(null)
  const id = useId()

  useEffect(() => {
    let live = true
    const check = async () => {
      const decoded = await decodeShare(location.hash)
      if (!live || decoded === null) return
      dropFragment()
      if (!decoded.ok) setPrompt({ kind: 'error', reason: decoded.reason })
      else if (decoded.text !== store.getState().text) setPrompt({ kind: 'open', text: decoded.text })
    }
    void check()
    window.addEventListener('hashchange', check)
    return () => {
      live = false
      window.removeEventListener('hashchange', check)
    }
  }, [store])

  if (!prompt) return null
  const close = () => setPrompt(null)
  if (prompt.kind === 'error')
    return (
      <Dialog labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={close} className="w-[28rem]">
        <div className="p-5">
          <h2 id={`${id}-title`} className="text-base font-semibold">
            The share link could not be opened
          </h2>
          <p id={`${id}-body`} className="mt-2 text-sm text-slate-600 dark:text-slate-300">
            {prompt.reason} Your document is unchanged.
          </p>
          <div className="mt-5 flex justify-end">
            <button type="button" className={buttonClass} onClick={close}>
              OK
            </button>
          </div>
        </div>
      </Dialog>
    )
  const open = () => {
    applyEdit({ replaceDocument: prompt.text })
    close()
  }
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={close} className="w-[30rem]">
      <div className="p-5">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Open the shared document?
        </h2>
        <p id={`${id}-body`} className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          The link carries a compose file of {lines(prompt.text)} lines. Opening it replaces the text in the editor; Ctrl+Z in the editor brings your
          current text back. The document came in the link itself: nothing was fetched or sent.
        </p>
        {/* show() focuses the first button: Keep, the safe choice. */}
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" className={buttonClass} onClick={close}>
            Keep my document
          </button>
          <button type="button" className={primaryButtonClass} onClick={open}>
            Open the shared document
          </button>
        </div>
      </div>
    </Dialog>
  )
}
