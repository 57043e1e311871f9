// The document's findings, grouped by service (document order) then severity (critical first), with what each costs;
// waived ones apart, after them, not counted. It shows the analysis of the last readable text; while the YAML is broken
// it says so and holds the fixes back.
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import type { Severity } from '../../rules/types'
import { SEVERITIES } from '../../rules/types'
import { selectAnalysisStale, selectFindingGroups, selectFindings, selectReport } from '../../store/analysis-selectors'
import { RULE_BY_ID } from '../../rules/registry'
import { NO_FILTER, filterFindings, groupByRule, isFiltered } from '../../scoring/finding-filter'
import type { FindingFilter } from '../../scoring/finding-filter'
import { groupFindings } from '../../scoring/finding-groups'
import { useApp } from '../../store/use-app'
import { Callout } from '../controls/Callout'
import { SEVERITY_LABEL } from './FindingBadges'
import { FindingsToolbar } from './FindingsToolbar'
import type { GroupBy } from './FindingsToolbar'
import { RuleGroup } from './RuleGroup'
import { FindingGroup } from './ServiceGroup'
import { FINDINGS_SHOWN, usePerfMark } from '../shell/perf-marks'
import { selectWaived, WaivedFindings } from './WaivedFindings'

export function FindingsList() {
  // A new analysis re-renders the list in the background (deferred: React yields to typing between items), so a file
  // with a thousand findings never holds a key back.
  const groups = useDeferredValue(useApp(selectFindingGroups))
  const findings = useDeferredValue(useApp(selectFindings))
  const report = useDeferredValue(useApp(selectReport))
  const waived = useDeferredValue(useApp(selectWaived))
  const stale = useApp(selectAnalysisStale)
  const analysed = useApp((s) => s.analysis !== null)
  const shownFor = useDeferredValue(useApp((s) => s.analysis?.text.length ?? 0))
  usePerfMark(FINDINGS_SHOWN, findings, shownFor)
  const top = useRef<HTMLDivElement>(null)
  // A fixed finding leaves the list: the focus goes to the list's top instead of the page's body.
  const onFixed = useCallback(() => top.current?.focus({ preventScroll: true }), [])
  const [groupBy, setGroupBy] = useState<GroupBy>('service')
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER)
  const serviceNames = useMemo(() => report.services.map((s) => s.name), [report])
  const shown = useMemo(() => (isFiltered(filter) ? filterFindings(findings, filter, titleOf) : findings), [findings, filter])
  const byService = useMemo(() => (shown === findings ? groups : groupFindings(shown, serviceNames)), [shown, findings, groups, serviceNames])
  const byRule = useMemo(() => (groupBy === 'rule' ? groupByRule(shown) : []), [groupBy, shown])

  return (
    <div ref={top} id="findings" tabIndex={-1} className="space-y-3 outline-none">
      {stale && (
        <Callout tone="warning" role="status">
          The YAML cannot be read right now: these are the findings of the last readable version. Fixes wait until the text is fixed.
        </Callout>
      )}
      {!analysed ? (
        <p className="py-6 text-center text-xs text-slate-500 dark:text-slate-400">Analysing…</p>
      ) : report.services.length === 0 && findings.length === 0 && waived.length === 0 ? (
        <p className="py-6 text-center text-xs text-slate-500 dark:text-slate-400">No services to check yet.</p>
      ) : findings.length === 0 ? (
        <>
          <NoFindings waived={waived.length} />
          {waived.length > 0 && <WaivedFindings waived={waived} frozen={stale} onUnwaived={onFixed} />}
        </>
      ) : (
        <>
          <SeveritySummary counts={countBySeverity(findings)} fixable={findings.filter((f) => f.fix === 'safe').length} waived={waived.length} />
          <p id="finding-card-keys" className="sr-only">
            Left and right arrow keys reach this finding's actions; up and down move to the other findings.
          </p>
          <FindingsToolbar
            groupBy={groupBy}
            onGroupBy={setGroupBy}
            filter={filter}
            onFilter={setFilter}
            services={serviceNames}
            shown={shown.length}
            total={findings.length}
          />
          {shown.length === 0 && <p className="py-4 text-center text-xs text-slate-500 dark:text-slate-400">No finding matches these filters.</p>}
          {groupBy === 'rule'
            ? byRule.map((group) => <RuleGroup key={group.ruleId} group={group} frozen={stale} onFixed={onFixed} />)
            : byService.map((group) => (
                <FindingGroup
                  key={group.service ?? '\u0000file'}
                  group={group}
                  grade={report.services.find((s) => s.name === group.service)?.grade}
                  frozen={stale}
                  onFixed={onFixed}
                />
              ))}
          {waived.length > 0 && <WaivedFindings waived={waived} frozen={stale} onUnwaived={onFixed} />}
        </>
      )}
    </div>
  )
}

const titleOf = (ruleId: string) => RULE_BY_ID.get(ruleId)?.title ?? ''

function countBySeverity(findings: readonly { severity: Severity }[]): Array<[Severity, number]> {
  return SEVERITIES.map((s): [Severity, number] => [s, findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0)
}

const DOT: Readonly<Record<Severity, string>> = {
  critical: 'bg-rose-700 dark:bg-rose-500',
  high: 'bg-rose-400',
  medium: 'bg-amber-400',
  low: 'bg-sky-400',
  info: 'bg-slate-400',
}

function SeveritySummary({ counts, fixable, waived }: { counts: Array<[Severity, number]>; fixable: number; waived: number }) {
  const total = counts.reduce((sum, [, n]) => sum + n, 0)
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2 dark:bg-slate-800/60">
      <p className="text-xs font-medium text-slate-800 dark:text-slate-100">
        {total} {total === 1 ? 'finding' : 'findings'}
        {fixable > 0 && <span className="font-normal text-slate-500 dark:text-slate-400"> · {fixable} with a safe fix</span>}
        {waived > 0 && <span className="font-normal text-slate-500 dark:text-slate-400"> · {waived} waived, not counted</span>}
      </p>
      <ul aria-label="Findings by severity" className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5">
        {counts.map(([severity, n]) => (
          <li key={severity} className="flex items-center gap-1 text-[11px] text-slate-600 dark:text-slate-300">
            <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[severity]}`} />
            <strong className="font-semibold tabular-nums">{n}</strong> {SEVERITY_LABEL[severity].toLowerCase()}
          </li>
        ))}
      </ul>
    </div>
  )
}

function NoFindings({ waived }: { waived: number }) {
  return (
    <div className="flex flex-col items-center gap-2 py-6 text-center">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-8 w-8 text-emerald-600 dark:text-emerald-400" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round">
        <path d="M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6l7-3z" />
        <path d="M9 12l2 2 4-4" strokeLinecap="round" />
      </svg>
      <p className="text-sm font-medium text-slate-800 dark:text-slate-100">No findings</p>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {waived ? `Nothing left that counts: ${waived} waived, listed below.` : 'Every service passes every rule.'}
      </p>
    </div>
  )
}
