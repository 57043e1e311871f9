// The app bar: name, what the app does, and whether the document is saved in this browser.
import type { AppState } from '../store/app-state'
import { useApp } from '../store/use-app'

const selectSaveState = (s: AppState) => s.saveState

const SAVE_TEXT = {
  saved: 'Saved in this browser',
  pending: 'Saving…',
  failed: 'Not saved: this browser refused to store the document',
} as const

export function Header() {
  const saveState = useApp(selectSaveState)
  return (
    <header className="flex items-center justify-between gap-4 border-b border-slate-800 bg-slate-900 px-5 py-3 text-white">
      <div className="flex items-center gap-3">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7 text-emerald-400" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
          <path d="M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6l7-3z" />
          <path d="M9 12l2 2 4-4" strokeLinecap="round" />
        </svg>
        <div>
          <h1 className="text-base leading-tight font-semibold tracking-tight">Secure Compose Designer</h1>
          <p className="text-xs text-slate-400">Design Docker Compose services with hardened runtime security. Nothing leaves your browser.</p>
        </div>
      </div>
      <p role="status" aria-live="polite" className={`text-xs ${saveState === 'failed' ? 'text-amber-300' : 'text-slate-400'}`}>
        <span aria-hidden="true" className={`mr-1.5 inline-block h-1.5 w-1.5 rounded-full align-middle ${saveState === 'saved' ? 'bg-emerald-400' : saveState === 'pending' ? 'bg-slate-500' : 'bg-amber-400'}`} />
        {SAVE_TEXT[saveState]}
      </p>
    </header>
  )
}
