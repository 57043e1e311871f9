// Asks before a template replaces a document that has content; the safe choice (Cancel) has the focus.
import { useId } from 'react'
import type { Template } from '../../examples/templates'
import { Dialog } from '../controls/Dialog'
import { buttonClass, primaryButtonClass } from '../controls/styles'

interface TemplateConfirmProps {
  template: Template
  onCancel(): void
  onConfirm(): void
}

export function TemplateConfirm({ template, onCancel, onConfirm }: TemplateConfirmProps) {
  const id = useId()
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-body`} onClose={onCancel} className="w-[28rem]">
      <div className="p-5">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Replace the document with the {template.label} template?
        </h2>
        <p id={`${id}-body`} className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          The text in the editor is replaced by {template.id === 'empty' ? 'an empty file' : 'a hardened starting point'}. Nothing is lost: Ctrl+Z in the
          editor brings the current text back.
        </p>
        {/* showModal() focuses the first button: Cancel, the safe choice. */}
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" className={buttonClass} onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className={primaryButtonClass} onClick={onConfirm}>
            Replace with {template.label}
          </button>
        </div>
      </div>
    </Dialog>
  )
}
