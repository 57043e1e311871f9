// Why a service has its score: each rule that cost points (once per rule, at its worst severity), and the sum.
import { RULE_BY_ID } from '../../rules/registry'
import type { ServiceScore } from '../../scoring/score'
import { SeverityBadge } from '../findings/FindingBadges'

export function ScoreBreakdown({ service, id }: { service: ServiceScore; id: string }) {
  const lost = service.counted.filter((c) => c.weight > 0).sort((a, b) => b.weight - a.weight || (a.ruleId < b.ruleId ? -1 : 1))
  const total = lost.reduce((sum, c) => sum + c.weight, 0)
  const critical = lost.some((c) => c.severity === 'critical')
  if (lost.length === 0)
    return (
      <p id={id} className="px-2 pb-2 text-xs text-slate-500 dark:text-slate-400">
        No points lost.
      </p>
    )
  return (
    <div id={id} className="px-2 pb-2">
      <ul aria-label={`Points lost by ${service.name}`} className="space-y-1">
        {lost.map((c) => (
          <li key={c.ruleId} className="flex items-start gap-2 text-xs">
            <span className="w-8 shrink-0 text-right font-mono font-semibold text-rose-700 tabular-nums dark:text-rose-300">
              <span className="sr-only">minus </span>
              <span aria-hidden="true">−</span>
              {c.weight}
            </span>
            <span className="min-w-0 flex-1 leading-4 text-slate-700 dark:text-slate-200">{RULE_BY_ID.get(c.ruleId)?.title ?? c.ruleId}</span>
            <SeverityBadge severity={c.severity} />
          </li>
        ))}
      </ul>
      <p className="mt-1.5 border-t border-slate-100 pt-1.5 text-[11px] text-slate-500 dark:border-slate-800 dark:text-slate-400">
        100 − {total} = <strong className="font-semibold text-slate-700 dark:text-slate-200">{service.score}</strong>
        {total > 100 && ' (never below 0)'}. Each rule counts once per service.
        {critical && ' A critical finding makes the grade F.'}
      </p>
    </div>
  )
}
