// A modal on the native <dialog>: showModal() gives the focus trap, inert background and Escape for free.
// Mount it to open it, unmount to close; onClose runs on Escape or a form[method=dialog]. It renders into <body>, so a
// dialog opened from the app bar is not part of the banner landmark.
import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { createPortal } from 'react-dom'

interface DialogProps {
  /** id of the element that names the dialog (its heading). */
  labelledBy: string
  describedBy?: string
  onClose(): void
  className?: string
  children: ReactNode
}

export function Dialog({ labelledBy, describedBy, onClose, className = '', children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // close() only queues its `close` event. Under StrictMode (mount, unmount, mount) the first cleanup's close()
    // delivers that event after the second mount has reopened the dialog: a close event while open is stale.
    const closed = () => {
      if (!dialog.open) onCloseRef.current()
    }
    dialog.addEventListener('close', closed)
    if (!dialog.open) dialog.showModal()
    return () => {
      dialog.removeEventListener('close', closed)
      if (dialog.open) dialog.close()
      // Focus goes back where it was (the button that opened the dialog), also when the dialog unmounts itself.
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      className={`m-auto max-h-[calc(100dvh-2rem)] max-w-[calc(100vw-2rem)] rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:backdrop:bg-black/70 ${className}`}
    >
      {children}
    </dialog>,
    document.body,
  )
}
