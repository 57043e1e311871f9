// A card for one settings group: a disclosure heading (open by default), optional badges beside it, the controls.
// A finding can ask for a panel (the store's `focusPanel`): the panel with that id opens, scrolls into view, takes
// the focus and glows briefly. Each request is acted on once, also when the panel mounts after it was made.
import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { ReactNode } from 'react'
import type { AppState } from '../../store/app-state'
import { useApp } from '../../store/use-app'

interface PanelProps {
  id: string
  title: string
  description?: ReactNode
  aside?: ReactNode
  children: ReactNode
}

/** Panels the user closed stay closed when another service is shown (panels remount per service). */
const closedPanels = new Set<string>()
const handledRequests = new WeakSet<object>()

const selectFocusPanel = (s: AppState) => s.focusPanel

export function Panel({ id, title, description, aside, children }: PanelProps) {
  const [open, setOpenState] = useState(() => !closedPanels.has(id))
  const section = useRef<HTMLElement>(null)
  const request = useApp(selectFocusPanel)

  const setOpen = (next: boolean) => {
    if (next) closedPanels.delete(id)
    else closedPanels.add(id)
    setOpenState(next)
  }

  useEffect(() => {
    if (!request || request.id !== id || handledRequests.has(request)) return
    // In a frame, after this render: the request is marked handled only once it is acted on (StrictMode runs
    // effects twice, cancelling the first frame), and the opened body is laid out before the scroll is measured.
    const frame = requestAnimationFrame(() => {
      handledRequests.add(request)
      closedPanels.delete(id)
      flushSync(() => setOpenState(true))
      const el = section.current
      if (el) bringIntoView(el)
    })
    return () => cancelAnimationFrame(frame)
  }, [request, id])

  return (
    <section
      ref={section}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm outline-none focus-visible:ring-2 focus-visible:ring-emerald-500/60 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
            <button
              type="button"
              aria-expanded={open}
              aria-controls={`${id}-body`}
              onClick={() => setOpen(!open)}
              className="-mx-1 inline-flex items-center gap-1.5 rounded px-1 text-left hover:text-emerald-800 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:hover:text-emerald-300 dark:focus-visible:outline-emerald-400"
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 16 16"
                className={`h-3.5 w-3.5 shrink-0 text-slate-400 transition-transform dark:text-slate-500 ${open ? 'rotate-90' : ''}`}
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
                strokeLinecap="round"
                strokeLinejoin="round"
              >
                <path d="M6 3.5L10.5 8 6 12.5" />
              </svg>
              {title}
            </button>
          </h3>
          {description && <p className="mt-0.5 pl-5 text-xs text-slate-500 dark:text-slate-400">{description}</p>}
        </div>
        {aside}
      </div>
      <div id={`${id}-body`} hidden={!open} className="mt-3 space-y-3">
        {children}
      </div>
    </section>
  )
}

/** The nearest ancestor that scrolls its overflow (the settings column, or the page on narrow screens). */
function scrollParent(el: HTMLElement): HTMLElement {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p)
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement
}

/** Scrolls the panel to the top of its column, focuses it and makes it glow for a moment. */
function bringIntoView(el: HTMLElement) {
  const calm = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  el.focus({ preventScroll: true })
  // Only the column that scrolls moves: scrollIntoView would also shift the page's overflow-hidden frame.
  const scroller = scrollParent(el)
  const top = el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - 12
  scroller.scrollTo({ top, behavior: calm ? 'auto' : 'smooth' })
  el.animate?.(
    [{ boxShadow: '0 0 0 3px rgb(16 185 129 / 0.7)' }, { boxShadow: '0 0 0 3px rgb(16 185 129 / 0.7)', offset: 0.6 }, { boxShadow: '0 0 0 3px rgb(16 185 129 / 0)' }],
    { duration: 1800, easing: 'ease-out' },
  )
}
