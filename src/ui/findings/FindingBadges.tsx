// Small labels for findings: the severity (text and colour, never colour alone) and what kind of fix exists.
import type { FixKind, Severity } from '../../rules/types'

const SEVERITY_CLASS: Readonly<Record<Severity, string>> = {
  critical: 'bg-rose-700 text-white ring-rose-700 dark:bg-rose-600 dark:ring-rose-500',
  high: 'bg-rose-50 text-rose-800 ring-rose-200 dark:bg-rose-950/60 dark:text-rose-200 dark:ring-rose-800',
  medium: 'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950/50 dark:text-amber-200 dark:ring-amber-800',
  low: 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/50 dark:text-sky-200 dark:ring-sky-800',
  info: 'bg-slate-100 text-slate-700 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700',
}

export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center rounded px-1.5 py-px text-[10px] leading-4 font-bold tracking-wide uppercase ring-1 ring-inset ${SEVERITY_CLASS[severity]}`}
    >
      {SEVERITY_LABEL[severity]}
    </span>
  )
}

const FIX_LABEL: Readonly<Record<FixKind, string>> = { safe: 'Safe fix', unsafe: 'Unsafe fix', none: 'No automatic fix' }
const FIX_CLASS: Readonly<Record<FixKind, string>> = {
  safe: 'text-emerald-700 dark:text-emerald-300',
  unsafe: 'text-amber-800 dark:text-amber-300',
  none: 'text-slate-500 dark:text-slate-400',
}

export function FixKindLabel({ fix }: { fix: FixKind }) {
  return <span className={`text-[11px] font-medium ${FIX_CLASS[fix]}`}>{FIX_LABEL[fix]}</span>
}
