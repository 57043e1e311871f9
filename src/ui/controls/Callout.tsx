// A short message box for warnings and errors beside the controls they concern.
import type { ReactNode } from 'react'

const TONES = {
  warning: 'border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-800/60 dark:bg-amber-950/40 dark:text-amber-100',
  error: 'border-rose-200 bg-rose-50 text-rose-900 dark:border-rose-800/60 dark:bg-rose-950/40 dark:text-rose-100',
  info: 'border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-800/60 dark:bg-sky-950/40 dark:text-sky-100',
} as const

interface CalloutProps {
  tone: keyof typeof TONES
  role?: 'alert' | 'status'
  children: ReactNode
  action?: ReactNode
}

export function Callout({ tone, role, children, action }: CalloutProps) {
  return (
    <div role={role} className={`flex items-start gap-2 rounded-lg border px-3 py-2 text-xs leading-relaxed ${TONES[tone]}`}>
      <div className="min-w-0 flex-1">{children}</div>
      {action}
    </div>
  )
}
