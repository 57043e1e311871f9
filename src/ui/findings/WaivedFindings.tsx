// Waived findings, apart from the ones that count: each with its reason and the line of its waiver comment, a click to
// show it in the editor, and "Unwaive", which takes the rule id (or the comment) out of the file again.
import { memo } from 'react'
import { RULE_BY_ID } from '../../rules/registry'
import type { AppState } from '../../store/app-state'
import type { ReportFinding } from '../../scoring/report'
import { useActions } from '../../store/use-app'
import { SeverityBadge } from './FindingBadges'
import { unwaiveBuilder } from './waive-actions'

const NONE: readonly ReportFinding[] = []
/** The waived findings on screen (engine/analysis.ts keeps them apart from the findings that count). */
export const selectWaived = (s: AppState): readonly ReportFinding[] => s.analysis?.waived ?? NONE

interface Props {
  waived: readonly ReportFinding[]
  /** While the YAML cannot be read, unwaiving waits (it would be refused). */
  frozen: boolean
  /** Called after a waiver was removed (the finding moves back to the list). */
  onUnwaived(): void
}

export function WaivedFindings({ waived, frozen, onUnwaived }: Props) {
  return (
    <section aria-label="Waived findings" className="[contain-intrinsic-size:auto_8rem] [content-visibility:auto]">
      <h3 className="mb-1.5 flex items-center gap-2 px-0.5">
        <span className="text-sm font-semibold text-slate-900 dark:text-slate-100">Waived</span>
        <span className="ml-auto shrink-0 text-[11px] text-slate-500 dark:text-slate-400">
          {waived.length} not counted
        </span>
      </h3>
      <ul className="space-y-1.5">
        {waived.map((f) => (
          <WaivedItem key={`${f.ruleId}:${f.line}:${f.column}:${f.message}`} finding={f} frozen={frozen} onUnwaived={onUnwaived} />
        ))}
      </ul>
    </section>
  )
}

const WaivedItem = memo(function WaivedItem({ finding, frozen, onUnwaived }: { finding: ReportFinding; frozen: boolean; onUnwaived(): void }) {
  const { applyEdit, revealFinding } = useActions()
  const rule = RULE_BY_ID.get(finding.ruleId)
  const title = rule?.title ?? finding.ruleId
  const on = finding.service === null ? '' : ` on ${finding.service}`
  const reason = finding.waived?.reason ?? ''
  return (
    <li
      data-testid={`waived.${finding.ruleId}.${finding.service ?? 'file'}`}
      className="relative overflow-hidden rounded-lg border border-dashed border-violet-300 bg-violet-50/40 dark:border-violet-800 dark:bg-violet-950/20"
    >
      <button
        type="button"
        onClick={() => revealFinding(finding, rule?.panel ?? null)}
        className="block w-full px-3 py-2 pr-20 text-left hover:bg-violet-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-violet-600 dark:hover:bg-violet-950/40 dark:focus-visible:outline-violet-400"
      >
        <span className="flex items-start gap-2">
          <SeverityBadge severity={finding.severity} />
          <span className="min-w-0 flex-1 text-[13px] leading-4 font-medium text-slate-700 dark:text-slate-200">{title}</span>
        </span>
        <span className="mt-1 block text-xs leading-snug text-slate-800 dark:text-slate-100">
          <span className="font-semibold text-violet-800 dark:text-violet-300">Waived: </span>
          {reason}
        </span>
        <span className="mt-1 flex flex-wrap items-center gap-x-1.5 text-[11px] text-slate-500 dark:text-slate-400">
          {finding.service !== null && <span className="font-mono">{finding.service}</span>}
          {finding.service !== null && <span aria-hidden="true">·</span>}
          <span className="font-mono">line {finding.line}</span>
          <span aria-hidden="true">·</span>
          <span>waiver on line {finding.waived?.line}</span>
        </span>
      </button>
      <button
        type="button"
        disabled={frozen}
        aria-label={`Unwaive ${title}${on}`}
        onClick={() => {
          if (applyEdit(unwaiveBuilder(finding))) onUnwaived()
        }}
        className="absolute top-1.5 right-2 inline-flex items-center justify-center rounded-md border border-violet-300 bg-white px-2.5 py-1 text-xs font-medium text-violet-800 shadow-xs hover:bg-violet-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-600 disabled:cursor-not-allowed disabled:opacity-50 dark:border-violet-700 dark:bg-slate-800 dark:text-violet-200 dark:hover:bg-slate-700 dark:focus-visible:outline-violet-400"
      >
        Unwaive
      </button>
    </li>
  )
})
