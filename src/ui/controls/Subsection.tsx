// A titled group inside a panel (the tmpfs mounts, the published ports…): a fieldset named by its title, an optional badge and action.
import type { ReactNode } from 'react'

interface SubsectionProps {
  title: string
  badge?: ReactNode
  /** A control on the title line, at the right (for example "Bind all to 127.0.0.1"). */
  action?: ReactNode
  children: ReactNode
}

export function Subsection({ title, badge, action, children }: SubsectionProps) {
  return (
    <fieldset className="min-w-0 rounded-lg border border-slate-200 bg-slate-50/60 p-3 dark:border-slate-700 dark:bg-slate-800/40">
      <legend className="sr-only">{title}</legend>
      <div className="mb-2 flex min-h-6 flex-wrap items-center gap-2">
        <span aria-hidden="true" className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
          {title}
        </span>
        {badge}
        {action && <div className="ml-auto">{action}</div>}
      </div>
      <div className="space-y-2">{children}</div>
    </fieldset>
  )
}
