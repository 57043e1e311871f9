// The middle column's two views of the document: the YAML (the editor) and the exposure diagram. The editor stays
// mounted while the diagram shows (its undo history and cursor survive); the diagram's chunk, with ELK, loads the
// first time it is opened. A request to show a line (a finding's "show") brings the YAML back.
import { lazy, Suspense, useId, useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { useApp } from '../../store/use-app'

const ExposureView = lazy(() => import('./ExposureView'))

type View = 'yaml' | 'diagram'
const VIEWS: ReadonlyArray<{ id: View; label: string }> = [
  { id: 'yaml', label: 'YAML' },
  { id: 'diagram', label: 'Diagram' },
]

const tabClass = (active: boolean) =>
  `rounded px-2.5 py-1 text-xs font-semibold focus-visible:outline-2 focus-visible:outline-emerald-600 dark:focus-visible:outline-emerald-400 ${
    active
      ? 'bg-emerald-50 text-emerald-800 ring-1 ring-emerald-200 ring-inset dark:bg-emerald-950/60 dark:text-emerald-200 dark:ring-emerald-800'
      : 'text-slate-500 hover:bg-slate-100 hover:text-slate-800 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-slate-200'
  }`

export function EditorViews({ title, note, editor }: { title: ReactNode; note: ReactNode; editor: ReactNode }) {
  const base = useId()
  const [view, setView] = useState<View>('yaml')
  const reveal = useApp((s) => s.reveal)
  const [seenReveal, setSeenReveal] = useState(reveal)
  if (reveal !== seenReveal) {
    setSeenReveal(reveal)
    if (reveal) setView('yaml')
  }
  const tabs = useRef(new Map<View, HTMLButtonElement>())
  const onKeyDown = (e: KeyboardEvent) => {
    const index = VIEWS.findIndex((v) => v.id === view)
    const n = VIEWS.length
    const at = { ArrowRight: (index + 1) % n, ArrowLeft: (index - 1 + n) % n, Home: 0, End: n - 1 }[e.key]
    if (at === undefined) return
    e.preventDefault()
    const id = VIEWS[at].id
    setView(id)
    tabs.current.get(id)?.focus()
  }
  return (
    <>
      <div className="flex items-center gap-3 border-b border-slate-200 px-4 py-1.5 dark:border-slate-700">
        {title}
        <div role="tablist" aria-label="View of the document" className="flex gap-1">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              ref={(el) => {
                if (el) tabs.current.set(v.id, el)
              }}
              type="button"
              role="tab"
              id={`${base}-tab-${v.id}`}
              aria-selected={view === v.id}
              aria-controls={`${base}-panel-${v.id}`}
              tabIndex={view === v.id ? 0 : -1}
              onClick={() => setView(v.id)}
              onKeyDown={onKeyDown}
              className={tabClass(view === v.id)}
            >
              {v.label}
            </button>
          ))}
        </div>
        <div className="ml-auto min-w-0 truncate">{note}</div>
      </div>
      <div role="tabpanel" id={`${base}-panel-yaml`} aria-labelledby={`${base}-tab-yaml`} hidden={view !== 'yaml'} className="min-h-0 flex-1">
        {editor}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel-diagram`}
        aria-labelledby={`${base}-tab-diagram`}
        hidden={view !== 'diagram'}
        className="relative min-h-0 flex-1 overflow-y-auto"
      >
        {view === 'diagram' && (
          <Suspense fallback={<p className="p-4 text-sm text-slate-500 dark:text-slate-400">Loading the diagram…</p>}>
            <ExposureView />
          </Suspense>
        )}
      </div>
    </>
  )
}
