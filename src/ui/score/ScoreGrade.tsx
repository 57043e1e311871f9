// A grade letter on its colour; the letter itself carries the meaning, the colour only repeats it.
import type { Grade } from '../../scoring/score'

const GRADE_CLASS: Readonly<Record<Grade, string>> = {
  A: 'bg-emerald-600 text-white dark:bg-emerald-500 dark:text-emerald-950',
  B: 'bg-teal-600 text-white dark:bg-teal-500 dark:text-teal-950',
  C: 'bg-amber-500 text-amber-950 dark:bg-amber-400',
  D: 'bg-orange-600 text-white dark:bg-orange-500 dark:text-orange-950',
  F: 'bg-rose-700 text-white dark:bg-rose-500 dark:text-rose-950',
}

const SIZE = {
  sm: 'h-5 min-w-5 rounded text-[11px]',
  lg: 'h-14 w-14 rounded-xl text-3xl shadow-sm',
} as const

export function GradeBadge({ grade, size = 'sm' }: { grade: Grade; size?: keyof typeof SIZE }) {
  return (
    <span className={`inline-flex shrink-0 items-center justify-center px-1 font-bold ${SIZE[size]} ${GRADE_CLASS[grade]}`}>
      <span className="sr-only">Grade </span>
      {grade}
    </span>
  )
}
