// The findings list's controls: group by service or by rule, filter by severity and service, and search.
import type { Severity } from '../../rules/types'
import { SEVERITIES } from '../../rules/types'
import type { FindingFilter } from '../../scoring/finding-filter'
import { Segmented } from '../controls/Segmented'
import { SelectField } from '../controls/SelectField'
import { inputClass } from '../controls/styles'
import { SEVERITY_LABEL } from './FindingBadges'

export type GroupBy = 'service' | 'rule'

interface Props {
  groupBy: GroupBy
  onGroupBy(g: GroupBy): void
  filter: FindingFilter
  onFilter(f: FindingFilter): void
  services: readonly string[]
  shown: number
  total: number
}

export function FindingsToolbar({ groupBy, onGroupBy, filter, onFilter, services, shown, total }: Props) {
  return (
    <div role="search" aria-label="Filter findings" className="space-y-2">
      <Segmented<GroupBy>
        label="Group findings by"
        options={[
          { value: 'service', label: 'By service' },
          { value: 'rule', label: 'By rule' },
        ]}
        value={groupBy}
        onChange={onGroupBy}
      />
      <div className="grid grid-cols-2 gap-2">
        <SelectField label="Severity" labelHidden value={filter.severity} onChange={(v) => onFilter({ ...filter, severity: v as Severity | 'all' })}>
          <option value="all">All severities</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_LABEL[s]}
            </option>
          ))}
        </SelectField>
        <SelectField label="Service" labelHidden value={filter.service} onChange={(v) => onFilter({ ...filter, service: v })} mono>
          <option value="all">All services</option>
          {services.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </SelectField>
      </div>
      <input
        type="search"
        aria-label="Search findings"
        placeholder="Search rule, message, service"
        value={filter.query}
        onChange={(e) => onFilter({ ...filter, query: e.target.value })}
        spellCheck={false}
        autoComplete="off"
        className={inputClass}
      />
      {shown !== total && (
        <p role="status" className="text-[11px] text-slate-500 dark:text-slate-400">
          {shown} of {total} findings shown.
        </p>
      )}
    </div>
  )
}
