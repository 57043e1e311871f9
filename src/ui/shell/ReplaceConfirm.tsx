// Asks before something replaces a document that has content (a template, converted docker run commands); the safe
// choice (Cancel) has the focus, and the replacement is one edit that Ctrl+Z in the editor undoes.
import { useId } from 'react'
import type { ReactNode } from 'react'
import { Dialog } from '../controls/Dialog'
import { buttonClass, primaryButtonClass } from '../controls/styles'

interface ReplaceConfirmProps {
  title: string
  /** What replaces the text ("an empty file", "a hardened starting point", "the converted services"). */
  replacement: ReactNode
  confirmLabel: string
  onCancel(): void
  onConfirm(): void
}

export function ReplaceConfirm({ title, replacement, confirmLabel, onCancel, onConfirm }: ReplaceConfirmProps) {
  const id = useId()
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onCancel} className="w-[28rem]">
      <div className="p-5">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {title}
        </h2>
        <p id={`${id}-body`} className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          The text in the editor is replaced by {replacement}. Nothing is lost: Ctrl+Z in the editor brings the current text back.
        </p>
        {/* show() focuses the first button: Cancel, the safe choice. */}
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" className={buttonClass} onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className={primaryButtonClass} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
