// "New": a menu button (WAI-ARIA menu pattern) of hardened templates and an empty file. A non-empty document is
// only replaced after a confirmation; the replacement is one edit, so Ctrl+Z in the editor brings the text back.
import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { TEMPLATES } from '../../examples/templates'
import type { Template } from '../../examples/templates'
import { useActions, useAppStore } from '../../store/use-app'
import { toolbarButtonClass } from '../controls/styles'
import type { Say } from './ImportControls'
import { TemplateConfirm } from './TemplateConfirm'

export function TemplateMenu({ say }: { say: Say }) {
  const store = useAppStore()
  const { applyEdit } = useActions()
  const [open, setOpen] = useState(false)
  const [pending, setPending] = useState<Template | null>(null)
  const [focusIndex, setFocusIndex] = useState(0)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const items = useRef<Array<HTMLButtonElement | null>>([])
  const menuId = useId()

  useEffect(() => {
    if (open) items.current[focusIndex]?.focus()
  }, [open, focusIndex])

  useEffect(() => {
    if (!open) return
    const outside = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  const openAt = (index: number) => {
    setFocusIndex((index + TEMPLATES.length) % TEMPLATES.length)
    setOpen(true)
  }
  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }

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

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      openAt(0)
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      openAt(TEMPLATES.length - 1)
    }
  }
  const onMenuKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: TEMPLATES.length - 1 }
    if (e.key in moves) {
      e.preventDefault()
      openAt(moves[e.key])
    } else if (e.key === 'Escape') {
      e.preventDefault()
      close(true)
    } else if (e.key === 'Tab') close(false)
  }

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        className={toolbarButtonClass}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
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
          ref={menu}
          id={menuId}
          role="menu"
          tabIndex={-1}
          aria-label="New document"
          onKeyDown={onMenuKey}
          className="absolute top-full left-0 z-40 mt-1.5 w-72 rounded-lg border border-slate-200 bg-white p-1 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-800 dark:text-slate-100"
        >
          {TEMPLATES.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                items.current[i] = el
              }}
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
