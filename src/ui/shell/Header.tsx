// The app bar: name, the document toolbar (open, new, copy, download, harden, theme), and whether the document is saved.
import { useCallback, useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { DropZone } from './DropZone'
import { ExportControls } from './ExportControls'
import { HardenControl } from '../harden/HardenDialog'
import { ImportControls } from './ImportControls'
import { ImportRunControl } from '../convert/ImportRunControl'
import type { Status } from './ImportControls'
import { SaveStatus } from './SaveStatus'
import { SkipLinks } from './SkipLinks'
import { TemplateMenu } from './TemplateMenu'
import { ThemeToggle } from './ThemeToggle'

export function Header() {
  const [status, setStatus] = useState<Status | null>(null)
  const say = useCallback((s: Status) => setStatus(s), [])
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-slate-800 bg-slate-900 px-5 py-2.5 text-white dark:border-slate-800 dark:bg-slate-900">
      <SkipLinks />
      <div className="flex min-w-0 items-center gap-3">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7 shrink-0 text-emerald-400" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
          <path d="M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6l7-3z" />
          <path d="M9 12l2 2 4-4" strokeLinecap="round" />
        </svg>
        <div className="min-w-0">
          <h1 className="text-base leading-tight font-semibold tracking-tight">Secure Compose Designer</h1>
          <p className="truncate text-xs text-slate-400">Hardened Docker Compose services. Nothing leaves your browser.</p>
        </div>
      </div>
      <div role="group" aria-label="Document" className="flex flex-wrap items-center gap-1.5">
        <ImportControls say={say} />
        <TemplateMenu say={say} />
        <ImportRunControl say={say} />
        <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-700" />
        <ExportControls say={say} />
        <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-700" />
        <HardenControl say={say} />
        <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-700" />
        <ThemeToggle />
      </div>
      <SaveStatus />
      <DropZone say={say} />
      <StatusToast status={status} onDismiss={() => setStatus(null)} />
    </header>
  )
}

/** What the last toolbar action did. Outside the banner (a portal), so the banner keeps one status: the save state. */
function StatusToast({ status, onDismiss }: { status: Status | null; onDismiss(): void }) {
  // Success fades after a while; an error stays until dismissed or replaced.
  useEffect(() => {
    if (status?.tone !== 'success') return
    const t = setTimeout(onDismiss, 6000)
    return () => clearTimeout(t)
  }, [status, onDismiss])

  const error = status?.tone === 'error'
  return createPortal(
    <aside aria-label="Messages" className="pointer-events-none fixed top-16 right-4 z-40 flex w-[min(26rem,calc(100vw-2rem))] justify-end">
      <div role="status" aria-live="polite" className="contents">
        {status && !error && <Toast status={status} onDismiss={onDismiss} />}
      </div>
      <div role="alert" className="contents">
        {status && error && <Toast status={status} onDismiss={onDismiss} />}
      </div>
    </aside>,
    document.body,
  )
}

function Toast({ status, onDismiss }: { status: Status; onDismiss(): void }) {
  const error = status.tone === 'error'
  return (
    <div
      className={`pointer-events-auto flex items-start gap-2 rounded-lg border px-3 py-2 text-xs leading-relaxed shadow-lg ${
        error
          ? 'border-rose-200 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100'
          : 'border-emerald-200 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100'
      }`}
    >
      <p className="min-w-0 flex-1">{status.text}</p>
      <button
        type="button"
        onClick={onDismiss}
        aria-label="Dismiss message"
        className="rounded px-1 hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:hover:bg-white/10"
      >
        ✕
      </button>
    </div>
  )
}
