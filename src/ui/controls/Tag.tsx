// A small rounded label beside a value: a kind (bind, volume), a state (external, long syntax) or a problem.
const TAG_TONES = {
  slate: 'bg-slate-100 text-slate-600 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-600',
  sky: 'bg-sky-50 text-sky-700 ring-sky-200 dark:bg-sky-950/50 dark:text-sky-300 dark:ring-sky-800',
  violet: 'bg-violet-50 text-violet-700 ring-violet-200 dark:bg-violet-950/50 dark:text-violet-300 dark:ring-violet-800',
  amber: 'bg-amber-50 text-amber-800 ring-amber-200 dark:bg-amber-950/50 dark:text-amber-300 dark:ring-amber-800',
  rose: 'bg-rose-50 text-rose-700 ring-rose-200 dark:bg-rose-950/50 dark:text-rose-300 dark:ring-rose-800',
} as const

export type TagTone = keyof typeof TAG_TONES

interface TagProps {
  children: string
  tone?: TagTone
  title?: string
  mono?: boolean
}

export function Tag({ children, tone = 'slate', title, mono }: TagProps) {
  return (
    <span
      title={title}
      className={`inline-flex shrink-0 items-center rounded-full px-2 py-0.5 text-[11px] font-medium ring-1 ring-inset ${mono ? 'font-mono' : ''} ${TAG_TONES[tone]}`}
    >
      {children}
    </span>
  )
}
