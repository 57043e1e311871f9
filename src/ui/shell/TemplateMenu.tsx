// "New": a menu button (WAI-ARIA menu pattern) of hardened templates and an empty file. A non-empty document is
// only replaced after a confirmation; the replacement is one edit, so Ctrl+Z in the editor brings the text back.
import { useState } from 'react'
import { TEMPLATES } from '../../examples/templates'
import type { Template } from '../../examples/templates'
import { useActions, useAppStore } from '../../store/use-app'
import { toolbarButtonClass } from '../controls/styles'
import { useMenuButton } from '../controls/use-menu-button'
import type { Say } from './ImportControls'
import { TemplateConfirm } from './TemplateConfirm'

export function TemplateMenu({ say }: { say: Say }) {
  const store = useAppStore()
  const { applyEdit } = useActions()
  const [pending, setPending] = useState<Template | null>(null)
  const { open, close, buttonProps, menuProps, itemRef } = useMenuButton(TEMPLATES.length)

  const start = (t: Template) => {
    applyEdit({ replaceDocument: t.text })
    say({ tone: 'success', text: `Started from the ${t.label} template. Ctrl+Z in the editor brings back the previous text.` })
  }
  const choose = (t: Template) => {
    close(true)
    const current = store.getState().text
    if (current.trim() === '' || current === t.text) start(t)
    else setPending(t)
  }

  return (
    <div className="relative">
      <button {...buttonProps} type="button" className={toolbarButtonClass}>
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 3h8l4 4v14H6zM12 10v6m-3-3h6" />
        </svg>
        New
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-3 w-3 opacity-70" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5z" />
        </svg>
      </button>
      {open && (
        <div
          {...menuProps}
          aria-label="New document"
          className="absolute top-full left-0 z-40 mt-1.5 w-72 rounded-lg border border-slate-200 bg-white p-1 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100"
        >
          {TEMPLATES.map((t, i) => (
            <button
              key={t.id}
              ref={itemRef(i)}
              type="button"
              role="menuitem"
              tabIndex={-1}
              onClick={() => choose(t)}
              className={`flex w-full flex-col items-start rounded-md px-3 py-2 text-left hover:bg-slate-100 focus:bg-emerald-50 focus:outline-none dark:hover:bg-slate-700 dark:focus:bg-emerald-950/60 ${t.id === 'empty' ? 'mt-1 border-t border-slate-100 dark:border-slate-700' : ''}`}
            >
              <span className="text-sm font-medium">{t.label}</span>
              <span className="text-xs text-slate-500 dark:text-slate-400">{t.description}</span>
            </button>
          ))}
        </div>
      )}
      {pending && (
        <TemplateConfirm
          template={pending}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            start(pending)
            setPending(null)
          }}
        />
      )}
    </div>
  )
}
