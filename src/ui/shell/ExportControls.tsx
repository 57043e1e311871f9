// Getting the document out: copy it to the clipboard, or download it as compose.yaml. Both take the text as typed.
import { useEffect, useRef, useState } from 'react'
import { useAppStore } from '../../store/use-app'
import { toolbarButtonClass } from '../controls/styles'
import type { Say } from './ImportControls'
import { encodeShare } from '../../share/share-link'
import { ReportMenu } from './ReportMenu'
import { downloadText } from '../controls/download'

export const DOWNLOAD_NAME = 'compose.yaml'

export function ExportControls({ say }: { say: Say }) {
  const store = useAppStore()
  const [copied, setCopied] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(store.getState().text)
      setCopied(true)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setCopied(false), 2000)
      say({ tone: 'success', text: 'Copied the YAML to the clipboard.' })
    } catch (e) {
      say({ tone: 'error', text: `Copy failed: ${e instanceof Error ? e.message : String(e)}. Select the text in the editor and press Ctrl+C.` })
    }
  }

  const share = async () => {
    const encoded = await encodeShare(store.getState().text)
    if (!encoded.ok) return say({ tone: 'error', text: encoded.reason })
    const link = `${location.origin}${location.pathname}#${encoded.fragment}`
    try {
      await navigator.clipboard.writeText(link)
      say({
        tone: 'success',
        text: `Share link copied (${Math.ceil(link.length / 1024)} KB). The document travels inside the link, after the #: opening it sends nothing to a server.`,
      })
    } catch (e) {
      say({ tone: 'error', text: `Copying the link failed: ${e instanceof Error ? e.message : String(e)}.` })
    }
  }

  const download = () => {
    downloadText(store.getState().text, DOWNLOAD_NAME)
    say({ tone: 'success', text: `Downloaded ${DOWNLOAD_NAME}.` })
  }

  return (
    <div className="flex items-center gap-1.5" role="group" aria-label="Export">
      <button type="button" className={toolbarButtonClass} onClick={copy}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          {copied ? <path d="M5 12l5 5 9-10" /> : <path d="M9 9h10v11H9zM5 15V4h10" />}
        </svg>
        {copied ? 'Copied' : 'Copy'}
      </button>
      <button type="button" className={toolbarButtonClass} onClick={share} title="Copy a link that carries the document (in its #fragment, never sent to a server)">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
        </svg>
        Share link
      </button>
      <button type="button" className={toolbarButtonClass} onClick={download}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M12 4v11m0 0-4-4m4 4 4-4M5 19h14" />
        </svg>
        Download
      </button>
      <ReportMenu say={say} documentName={DOWNLOAD_NAME} download={downloadText} />
    </div>
  )
}
