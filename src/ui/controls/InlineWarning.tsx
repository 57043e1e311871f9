// A one-row warning under a list item (an exposed port, a socket mount), with an optional action at its right.
import type { ReactNode } from 'react'

const TONES = {
  danger: 'bg-rose-50 text-rose-900 ring-rose-200 dark:bg-rose-950/40 dark:text-rose-100 dark:ring-rose-900',
  warning: 'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950/40 dark:text-amber-100 dark:ring-amber-900',
  note: 'bg-slate-50 text-slate-700 ring-slate-200 dark:bg-slate-800/60 dark:text-slate-300 dark:ring-slate-700',
} as const

export type InlineWarningTone = keyof typeof TONES

interface InlineWarningProps {
  tone?: InlineWarningTone
  children: ReactNode
  action?: ReactNode
}

export function InlineWarning({ tone = 'warning', children, action }: InlineWarningProps) {
  return (
    <div className={`flex items-start gap-2 rounded-md px-2 py-1.5 text-[11px] leading-snug ring-1 ring-inset ${TONES[tone]}`}>
      <svg aria-hidden="true" viewBox="0 0 16 16" className="mt-px h-3.5 w-3.5 shrink-0" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round">
        {tone === 'note' ? (
          <>
            <circle cx="8" cy="8" r="6.25" />
            <path d="M8 7.25v4M8 4.75v.01" strokeLinecap="round" />
          </>
        ) : (
          <>
            <path d="M8 1.75l6.5 11.5h-13z" />
            <path d="M8 6.25v3.25M8 11.5v.01" strokeLinecap="round" />
          </>
        )}
      </svg>
      <div className="min-w-0 flex-1">{children}</div>
      {action}
    </div>
  )
}
