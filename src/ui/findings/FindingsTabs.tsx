// The analysis beside the services: Findings | Checklist as ARIA tabs, each tab naming what waits in it.
import { selectFindings, selectReport } from '../../store/analysis-selectors'
import { useApp } from '../../store/use-app'
import { ChecklistPanel } from '../checklist/ChecklistPanel'
import { Tabs } from '../controls/Tabs'
import { FindingsList } from './FindingsList'

const countClass = 'rounded-full px-1.5 py-px text-[10px] font-semibold tabular-nums'

export function FindingsTabs() {
  const findings = useApp(selectFindings)
  const { checklist } = useApp(selectReport)
  const failing = checklist.filter((e) => e.status === 'fail').length
  const serious = findings.some((f) => f.severity === 'critical' || f.severity === 'high')
  const review = useApp((s) => s.reviewFix)
  return (
    <section aria-label="Analysis" className="rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <Tabs
        label="Analysis"
        request={review ? { id: 'findings', nonce: review.nonce } : null}
        listClassName="sticky top-0 z-10 rounded-t-xl bg-white px-2 pt-1 dark:bg-slate-900"
        tabs={[
          {
            id: 'findings',
            label: (
              <>
                Findings
                <span
                  className={`${countClass} ${
                    findings.length === 0
                      ? 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200'
                      : serious
                        ? 'bg-rose-100 text-rose-800 dark:bg-rose-900/60 dark:text-rose-200'
                        : 'bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100'
                  }`}
                >
                  {findings.length}
                </span>
              </>
            ),
            panel: (
              <div className="p-3">
                <FindingsList />
              </div>
            ),
          },
          {
            id: 'checklist',
            label: (
              <>
                Checklist
                {failing > 0 && (
                  <span className={`${countClass} bg-rose-100 text-rose-800 dark:bg-rose-900/60 dark:text-rose-200`}>
                    {failing}
                    <span className="sr-only"> failing</span>
                  </span>
                )}
              </>
            ),
            panel: (
              <div className="p-3">
                <ChecklistPanel />
              </div>
            ),
          },
        ]}
      />
    </section>
  )
}
