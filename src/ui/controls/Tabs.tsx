// ARIA tabs (WAI-ARIA APG, automatic activation): one tab stop, arrows / Home / End move between tabs and show
// their panel. Hidden panels stay mounted, so what a panel holds (an open confirmation) survives a switch.
import { useId, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'

export interface TabDef {
  id: string
  label: ReactNode
  panel: ReactNode
}

interface TabsProps {
  /** Names the tab list for assistive technology. */
  label: string
  tabs: readonly TabDef[]
  initial?: string
  /** Classes for the tab list's row (for example to make it sticky). */
  listClassName?: string
  /** Shows tab `id` whenever `nonce` changes (something elsewhere asked for it). */
  request?: { id: string; nonce: number } | null
}

export function Tabs({ label, tabs, initial, listClassName = '', request = null }: TabsProps) {
  const base = useId()
  const [selected, setSelected] = useState(initial ?? tabs[0]?.id)
  const [seen, setSeen] = useState(request?.nonce)
  if (request && request.nonce !== seen) {
    // Adjusting state while rendering (React's documented pattern for reacting to a changed prop).
    setSeen(request.nonce)
    setSelected(request.id)
  }
  const buttons = useRef(new Map<string, HTMLButtonElement>())

  const move = (e: KeyboardEvent, index: number) => {
    const last = tabs.length - 1
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[e.key]
    if (next === undefined) return
    e.preventDefault()
    const id = tabs[next].id
    setSelected(id)
    buttons.current.get(id)?.focus()
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className={`flex gap-1 border-b border-slate-200 dark:border-slate-700 ${listClassName}`}>
        {tabs.map((tab, i) => {
          const active = tab.id === selected
          return (
            <button
              key={tab.id}
              ref={(el) => {
                if (el) buttons.current.set(tab.id, el)
                else buttons.current.delete(tab.id)
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${tab.id}`}
              aria-selected={active}
              aria-controls={`${base}-panel-${tab.id}`}
              tabIndex={active ? 0 : -1}
              onClick={() => setSelected(tab.id)}
              onKeyDown={(e) => move(e, i)}
              className={`-mb-px inline-flex items-center gap-1.5 border-b-2 px-3 py-2 text-xs font-semibold focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-emerald-600 dark:focus-visible:outline-emerald-400 ${
                active
                  ? 'border-emerald-600 text-emerald-800 dark:border-emerald-400 dark:text-emerald-300'
                  : 'border-transparent text-slate-500 hover:border-slate-300 hover:text-slate-800 dark:text-slate-400 dark:hover:border-slate-600 dark:hover:text-slate-200'
              }`}
            >
              {tab.label}
            </button>
          )
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          tabIndex={0}
          className="focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-emerald-600 dark:focus-visible:outline-emerald-400"
        >
          {tab.panel}
        </div>
      ))}
    </div>
  )
}
