// A card for one settings group: a heading, optional badges beside it, and the group's controls.
import type { ReactNode } from 'react'

interface PanelProps {
  id: string
  title: string
  description?: ReactNode
  aside?: ReactNode
  children: ReactNode
}

export function Panel({ id, title, description, aside, children }: PanelProps) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
            {title}
          </h3>
          {description && <p className="mt-0.5 text-xs text-slate-500">{description}</p>}
        </div>
        {aside}
      </div>
      <div className="space-y-3">{children}</div>
    </section>
  )
}
