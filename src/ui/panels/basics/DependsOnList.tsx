// depends_on: the services this one waits for, each with its condition, and a row to add one.
import { DEPENDENCY_CONDITIONS, readDependsOn } from '../../../compose/read/settings-basics'
import type { ComposeFile, ServiceView } from '../../../compose/types'
import { removeDependencyPlan, setDependencyPlan } from '../../../edits/dependencies'
import { useActions } from '../../../store/use-app'
import { AddRow } from '../../controls/AddRow'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { RemoveButton } from '../../controls/RemoveButton'
import { SelectField } from '../../controls/SelectField'
import { Subsection } from '../../controls/Subsection'
import { useAddRow } from '../../controls/use-add-row'

const CONDITION_TEXT: Record<string, string> = {
  service_started: 'started',
  service_healthy: 'healthy',
  service_completed_successfully: 'completed successfully',
}

function ConditionOptions({ current }: { current?: string }) {
  const known = (DEPENDENCY_CONDITIONS as readonly string[]).includes(current ?? '')
  return (
    <>
      {current && !known && <option value={current}>{current}</option>}
      {DEPENDENCY_CONDITIONS.map((c) => (
        <option key={c} value={c}>
          {CONDITION_TEXT[c]}
        </option>
      ))}
    </>
  )
}

export function DependsOnList({ file, service }: { file: ComposeFile; service: ServiceView }) {
  const { applyEdit } = useActions()
  const { items } = readDependsOn(service)
  const others = file.services.map((s) => s.name).filter((n) => n !== service.name && !items.some((d) => d.name === n))
  return (
    <Subsection title="Depends on" badge={<InheritedBadge located={service.locate(['depends_on'])} />}>
      {items.length > 0 && (
        <ul className="space-y-1.5" aria-label={`Services ${service.name} waits for`}>
          {items.map((d) => (
            <li key={d.name} className="flex items-center gap-2">
              <span className="min-w-0 flex-1 truncate font-mono text-[13px] text-slate-800 dark:text-slate-100">{d.name}</span>
              <SelectField
                className="w-44"
                label={`Condition for ${d.name}`}
                labelHidden
                value={d.condition}
                onChange={(condition) => applyEdit((f) => setDependencyPlan(f, service.name, { name: d.name, condition }))}
              >
                <ConditionOptions current={d.condition} />
              </SelectField>
              <RemoveButton label={`Stop waiting for ${d.name}`} onClick={() => applyEdit((f) => removeDependencyPlan(f, service.name, d.name))} />
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 ? <AddDependency service={service.name} others={others} /> : items.length === 0 && <p className="text-xs text-slate-500 dark:text-slate-400">No other service to wait for.</p>}
    </Subsection>
  )
}

function AddDependency({ service, others }: { service: string; others: readonly string[] }) {
  const { input, set, submit } = useAddRow({
    empty: { name: '', condition: 'service_healthy' },
    check: () => ({}),
    edit: ({ name, condition }) => (f) => setDependencyPlan(f, service, { name: name || others[0], condition }),
  })
  return (
    <AddRow label="Wait for a service" onSubmit={submit} button="Add" buttonLabel="Wait for service">
      <SelectField className="min-w-0 flex-1" label="Service to wait for" labelHidden value={input.name || others[0]} onChange={set('name')} mono>
        {others.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </SelectField>
      <SelectField className="w-44" label="Condition" labelHidden value={input.condition} onChange={set('condition')}>
        <ConditionOptions />
      </SelectField>
    </AddRow>
  )
}
