// The document's findings, grouped by service (document order) then severity (critical first), with what each costs;
// waived ones apart, after them, not counted. It shows the analysis of the last readable text; while the YAML is broken
// it says so and holds the fixes back.
import { useCallback, useDeferredValue, useRef } from 'react'
import type { Severity } from '../../rules/types'
import { SEVERITIES } from '../../rules/types'
import { selectAnalysisStale, selectFindingGroups, selectFindings, selectReport } from '../../store/analysis-selectors'
import type { ServiceFindings } from '../../scoring/finding-groups'
import type { Grade } from '../../scoring/score'
import { useApp } from '../../store/use-app'
import { Callout } from '../controls/Callout'
import { SEVERITY_LABEL } from './FindingBadges'
import { FindingItem } from './FindingItem'
import { GradeBadge } from '../score/ScoreGrade'
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

  return (
    <div ref={top} tabIndex={-1} className="space-y-3 outline-none">
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
          {groups.map((group) => (
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

function FindingGroup({ group, grade, frozen, onFixed }: { group: ServiceFindings; grade?: Grade; frozen: boolean; onFixed(): void }) {
  const name = group.service ?? 'Whole file'
  return (
    // content-visibility: a group scrolled out of view costs no layout or paint, so a thousand findings stay cheap.
    <section aria-label={`Findings of ${name}`} className="[contain-intrinsic-size:auto_12rem] [content-visibility:auto]">
      <h3 className="mb-1.5 flex items-center gap-2 px-0.5">
        <span className={`truncate text-sm font-semibold text-slate-900 dark:text-slate-100 ${group.service ? 'font-mono' : ''}`}>{name}</span>
        {grade && <GradeBadge grade={grade} />}
        <span className="ml-auto shrink-0 text-[11px] text-slate-500 dark:text-slate-400">
          {group.count} {group.count === 1 ? 'finding' : 'findings'}
        </span>
      </h3>
      <div className="space-y-2">
        {group.severities.map((s) => (
          <ul key={s.severity} aria-label={`${SEVERITY_LABEL[s.severity]} severity`} className="space-y-1.5">
            {s.findings.map((f) => (
              <FindingItem key={`${f.ruleId}:${f.line}:${f.column}:${f.message}`} finding={f} frozen={frozen} onFixed={onFixed} />
            ))}
          </ul>
        ))}
      </div>
    </section>
  )
}

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
