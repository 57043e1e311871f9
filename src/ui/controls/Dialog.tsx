// A modal on the native <dialog>, opened with show() and made modal by modal-stack.ts (Escape, Tab kept inside by the
// two guards around it, focus kept inside) and by its backdrop, which covers the page and takes its clicks;
// aria-modal tells screen readers. Not showModal(): on a big page that restyles every element (modal-stack.ts says why
// and what it cost).
// Mount it to open it, unmount to close; onClose runs on Escape or a form[method=dialog]. It renders into <body>, so a
// dialog opened from the app bar is not part of the banner landmark.
import { useEffect, useLayoutEffect, useRef } from 'react'
import type { ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { trapModal } from './modal-stack'

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

  // A layout effect: the dialog shows, holds the focus and traps keys in the frame its backdrop is first drawn in, also
  // when it opens without a click (a lazy chunk that arrived, a link's hash).
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    // close() only queues its `close` event. Under StrictMode (mount, unmount, mount) the first cleanup's close()
    // delivers that event after the second mount has reopened the dialog: a close event while open is stale.
    const closed = () => {
      if (!dialog.open) onCloseRef.current()
    }
    dialog.addEventListener('close', closed)
    const release = trapModal(dialog)
    // show() runs the dialog focusing steps as showModal() does: the autofocus element, else the first focusable one.
    if (!dialog.open) dialog.show()
    return () => {
      dialog.removeEventListener('close', closed)
      release()
      if (dialog.open) dialog.close()
      // Focus goes back where it was (the button that opened the dialog), also when the dialog unmounts itself.
      if (opener?.isConnected) opener.focus()
    }
  }, [])

  // Above everything the page positions (its highest is z-50); a later dialog (one opened from a dialog) is above an
  // earlier one. The backdrop keeps the focus where it is when clicked, as an inert page would.
  return createPortal(
    <div className="fixed inset-0 z-[60] flex items-center justify-center">
      <div role="presentation" className="absolute inset-0 bg-slate-950/50 dark:bg-black/70" onMouseDown={(e) => e.preventDefault()} />
      <FocusGuard end="start" />
      <dialog
        ref={ref}
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        className={`relative m-auto max-h-[calc(100dvh-2rem)] max-w-[calc(100vw-2rem)] overflow-auto rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 ${className}`}
      >
        {children}
      </dialog>
      <FocusGuard end="end" />
    </div>,
    document.body,
  )
}

/** Where Tab lands past one end of the dialog: modal-stack.ts (GUARD_ATTRIBUTE) sends it round to the other end. */
function FocusGuard({ end }: { end: 'start' | 'end' }) {
  // Focusable without a role: the focus only passes through it, so it is no control of its own.
  // oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex
  return <span data-modal-guard={end} tabIndex={0} className="sr-only" />
}
