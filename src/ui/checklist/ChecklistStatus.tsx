// Checklist status as an icon plus a word, so pass, fail, waived, advice and not applicable never differ by colour alone.
import type { ChecklistStatus } from '../../scoring/checklist'

const STATUS = {
  pass: { word: 'Pass', className: 'text-emerald-700 dark:text-emerald-400', pill: 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/50 dark:text-emerald-200 dark:ring-emerald-800' },
  fail: { word: 'Fail', className: 'text-rose-700 dark:text-rose-400', pill: 'bg-rose-50 text-rose-800 ring-rose-200 dark:bg-rose-950/50 dark:text-rose-200 dark:ring-rose-800' },
  // Would fail, but the user recorded why it does not apply (a waiver comment): violet, neither pass nor failure.
  waived: { word: 'Waived', className: 'text-violet-700 dark:text-violet-300', pill: 'bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-950/50 dark:text-violet-200 dark:ring-violet-800' },
  // Advice only (info findings): informational blue, never the failure's red.
  consider: { word: 'Consider', className: 'text-sky-700 dark:text-sky-400', pill: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/50 dark:text-sky-200 dark:ring-sky-800' },
  'n/a': { word: 'N/A', className: 'text-slate-400 dark:text-slate-500', pill: 'bg-slate-50 text-slate-600 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700' },
  manual: { word: 'To do', className: 'text-slate-500 dark:text-slate-400', pill: 'bg-slate-50 text-slate-600 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700' },
} as const

export const STATUS_WORD: Readonly<Record<ChecklistStatus, string>> = {
  pass: 'passes',
  fail: 'fails',
  waived: 'waived',
  consider: 'worth considering',
  'n/a': 'not applicable',
  manual: 'to check by hand',
}

export function StatusIcon({ status, className = 'h-4 w-4' }: { status: ChecklistStatus; className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`shrink-0 ${className} ${STATUS[status].className}`} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      {status === 'pass' && (
        <>
          <circle cx="8" cy="8" r="6.5" strokeWidth="1.5" />
          <path d="M5.2 8.2l1.9 1.9 3.7-3.9" />
        </>
      )}
      {status === 'fail' && (
        <>
          <circle cx="8" cy="8" r="6.5" strokeWidth="1.5" />
          <path d="M5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4" />
        </>
      )}
      {status === 'waived' && (
        <>
          <circle cx="8" cy="8" r="6.5" strokeWidth="1.5" />
          <path d="M5.2 8h5.6" />
        </>
      )}
      {status === 'consider' && (
        <>
          <circle cx="8" cy="8" r="6.5" strokeWidth="1.5" />
          <path d="M8 7.5v3.5M8 5h.01" />
        </>
      )}
      {status === 'n/a' && (
        <>
          <circle cx="8" cy="8" r="6.5" strokeWidth="1.5" strokeDasharray="2.2 2" />
          <path d="M5.5 8h5" />
        </>
      )}
      {status === 'manual' && <circle cx="8" cy="8" r="6.5" strokeWidth="1.5" />}
    </svg>
  )
}

export function StatusPill({ status, word }: { status: ChecklistStatus; word?: string }) {
  return (
    <span className={`inline-flex shrink-0 items-center rounded px-1.5 py-px text-[10px] leading-4 font-bold tracking-wide uppercase ring-1 ring-inset ${STATUS[status].pill}`}>
      {word ?? STATUS[status].word}
    </span>
  )
}
