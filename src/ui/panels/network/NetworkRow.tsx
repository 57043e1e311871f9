// One network in a list: its name, the other services on it, and the controls the caller passes (internal switch, join/leave).
import type { ReactNode } from 'react'

interface NetworkRowProps {
  name: string
  usedBy: readonly string[]
  note?: string
  children: ReactNode
}

export function NetworkRow({ name, usedBy, note, children }: NetworkRowProps) {
  const detail = note ?? (usedBy.length ? `also ${usedBy.join(', ')}` : 'no other service')
  return (
    <li className="flex items-center gap-2 rounded-md bg-white px-2.5 py-1.5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700">
      <div className="min-w-0 flex-1">
        <p className="truncate font-mono text-[13px] text-slate-800 dark:text-slate-100">{name}</p>
        <p className="truncate text-[11px] text-slate-500 dark:text-slate-400">{detail}</p>
      </div>
      {children}
    </li>
  )
}
