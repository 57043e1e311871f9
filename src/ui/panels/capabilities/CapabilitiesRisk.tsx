// Risk tier colours of the Capabilities panel, shared by the table's badges and the effective-set chips.
import type { CapabilityRisk } from '../../../compose/read/capabilities'

export const RISK_TONE: Readonly<Record<CapabilityRisk, string>> = {
  critical: 'bg-rose-600 text-white ring-rose-600 dark:bg-rose-500/90 dark:text-white dark:ring-rose-400',
  high: 'bg-orange-100 text-orange-900 ring-orange-200 dark:bg-orange-950/70 dark:text-orange-200 dark:ring-orange-800',
  medium: 'bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950/50 dark:text-amber-200 dark:ring-amber-800/80',
  low: 'bg-slate-100 text-slate-700 ring-slate-200 dark:bg-slate-800 dark:text-slate-300 dark:ring-slate-700',
}

export const isDangerous = (risk: CapabilityRisk) => risk === 'critical' || risk === 'high'

export function CapabilitiesRiskBadge({ risk }: { risk: CapabilityRisk }) {
  return (
    <span className={`inline-flex items-center rounded px-1 py-px text-[10px] leading-4 font-semibold tracking-wide uppercase ring-1 ring-inset ${RISK_TONE[risk]}`}>
      <span className="sr-only">risk: </span>
      {risk}
    </span>
  )
}
