// The seed's Runtime Security Checklist: 18 items in 4 groups, each pass / fail / consider (advice only) / n.a. for the
// file and per service, decided by the findings (src/scoring); the two manual items are the user's ticks.
import type { ChecklistEntry, ChecklistStatus } from '../../scoring/checklist'
import { selectAnalysisStale, selectReport } from '../../store/analysis-selectors'
import { useApp } from '../../store/use-app'
import { ChecklistItem } from './ChecklistItem'
import { StatusIcon } from './ChecklistStatus'
import { Callout } from '../controls/Callout'

export function ChecklistPanel() {
  const { checklist, services } = useApp(selectReport)
  const stale = useApp(selectAnalysisStale)
  const groups = groupEntries(checklist)
  return (
    <div className="space-y-3">
      {stale && (
        <Callout tone="warning" role="status">
          The YAML cannot be read right now: this is the checklist of the last readable version.
        </Callout>
      )}
      <Summary entries={checklist} />
      {services.length === 0 && <p className="px-1 text-xs text-slate-500 dark:text-slate-400">No services yet: the automatic items have nothing to check.</p>}
      {groups.map(([group, entries]) => {
        const decided = entries.filter((e) => e.status === 'pass' || e.status === 'fail')
        const passing = decided.filter((e) => e.status === 'pass').length
        return (
          <section key={group} aria-label={group} className="overflow-hidden rounded-lg border border-slate-200 dark:border-slate-700">
            <h3 className="flex items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-semibold text-slate-700 dark:border-slate-700 dark:bg-slate-800/60 dark:text-slate-200">
              {group}
              <span className="font-normal text-slate-500 dark:text-slate-400">
                {passing} of {decided.length} pass
              </span>
            </h3>
            <ul className="divide-y divide-slate-100 bg-white dark:divide-slate-800 dark:bg-slate-900">
              {entries.map((e) => (
                <ChecklistItem key={e.id} entry={e} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

function groupEntries(entries: readonly ChecklistEntry[]): Array<[string, ChecklistEntry[]]> {
  const groups = new Map<string, ChecklistEntry[]>()
  for (const e of entries) groups.set(e.group, [...(groups.get(e.group) ?? []), e])
  return [...groups]
}

const SUMMARY: ReadonlyArray<[ChecklistStatus, string]> = [
  ['pass', 'pass'],
  ['fail', 'fail'],
  ['consider', 'to consider'],
  ['n/a', 'n/a'],
  ['manual', 'to do'],
]

function Summary({ entries }: { entries: readonly ChecklistEntry[] }) {
  return (
    <ul aria-label="Checklist summary" className="flex flex-wrap gap-x-4 gap-y-1 rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-800/60">
      {SUMMARY.map(([status, word]) => {
        const n = entries.filter((e) => e.status === status).length
        if (n === 0 && status !== 'pass' && status !== 'fail') return null
        return (
          <li key={status} className="flex items-center gap-1.5 text-xs text-slate-700 dark:text-slate-200">
            <StatusIcon status={status} className="h-3.5 w-3.5" />
            <span>
              <strong className="font-semibold">{n}</strong> {word}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
