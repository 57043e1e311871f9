// The findings of one rule across services, with "Fix in every service" when a safe fix covers some of them.
import { memo } from 'react'
import { RULE_BY_ID } from '../../rules/registry'
import type { RuleFindings } from '../../scoring/finding-filter'
import { useActions } from '../../store/use-app'
import { primaryButtonClass } from '../controls/styles'
import { SeverityBadge } from './FindingBadges'
import { FindingItem } from './FindingItem'
import { fixEverywhere } from './fix-everywhere'

interface Props {
  group: RuleFindings
  frozen: boolean
  onFixed(): void
}

export const RuleGroup = memo(function RuleGroup({ group, frozen, onFixed }: Props) {
  const { applyEdit } = useActions()
  const title = RULE_BY_ID.get(group.ruleId)?.title ?? group.ruleId
  const safe = group.safeServices.length
  const fixAll = () => {
    if (applyEdit(fixEverywhere(group.findings, `${title}: fix in ${safe === 1 ? group.safeServices[0] : `${safe} services`}`))) onFixed()
  }
  return (
    <section aria-label={`Findings of rule ${group.ruleId}`} className="[contain-intrinsic-size:auto_12rem] [content-visibility:auto]">
      <h3 className="mb-1.5 flex items-center gap-2 px-0.5">
        <SeverityBadge severity={group.severity} />
        <span className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</span>
        <span className="shrink-0 text-[11px] text-slate-500 dark:text-slate-400">
          {group.services.length} {group.services.length === 1 ? 'service' : 'services'}
        </span>
      </h3>
      {safe > 1 && (
        <button type="button" disabled={frozen} onClick={fixAll} aria-label={`Fix in every service (${safe}): ${title}`} className={`${primaryButtonClass} mb-1.5 w-full`}>
          Fix in every service ({safe})
        </button>
      )}
      <ul aria-label={title} className="space-y-1.5">
        {group.findings.map((f) => (
          <FindingItem key={`${f.service}:${f.line}:${f.column}:${f.message}`} finding={f} frozen={frozen} onFixed={onFixed} />
        ))}
      </ul>
    </section>
  )
})
