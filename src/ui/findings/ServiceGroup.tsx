// The findings about one service (or the whole file), by severity, worst first.
import { memo } from 'react'
import type { ServiceFindings } from '../../scoring/finding-groups'
import type { Grade } from '../../scoring/score'
import { GradeBadge } from '../score/ScoreGrade'
import { SEVERITY_LABEL } from './FindingBadges'
import { FindingItem } from './FindingItem'

export const FindingGroup = memo(function FindingGroup({ group, grade, frozen, onFixed }: { group: ServiceFindings; grade?: Grade; frozen: boolean; onFixed(): void }) {
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
})
