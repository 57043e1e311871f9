// device_cgroup_rules: extra entries in the container's device allow-list, with a warning for wildcards and type `a`.
import { readDeviceCgroupRules } from '../../../compose/read/settings'
import type { CgroupRule } from '../../../compose/read/settings'
import type { ComposeFile, ServiceView } from '../../../compose/types'
import type { Finding } from '../../../rules/types'
import { addCgroupRulePlan, cgroupRuleProblem, removeCgroupRulePlan } from '../../../edits/devices'
import { findingsByItem } from '../../../edits/list-items'
import { useActions } from '../../../store/use-app'
import { AddRow } from '../../controls/AddRow'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { InlineWarning } from '../../controls/InlineWarning'
import { RemoveButton } from '../../controls/RemoveButton'
import { Subsection } from '../../controls/Subsection'
import { TextField } from '../../controls/TextField'
import { useAddRow } from '../../controls/use-add-row'

const TYPES: Record<string, string> = { a: 'all devices', b: 'block devices', c: 'character devices' }
const ACCESS: Record<string, string> = { r: 'read', w: 'write', m: 'mknod' }

/** "character devices 189:1 · read, write, mknod" */
function describeRule(rule: CgroupRule): string {
  if (!rule.type) return 'not a rule Docker understands'
  const which = `${TYPES[rule.type]} ${rule.major === '*' ? 'any' : rule.major}:${rule.minor === '*' ? 'any' : rule.minor}`
  const access = rule.access ? [...rule.access].map((c) => ACCESS[c] ?? c).join(', ') : 'no access given'
  return `${which} · ${access}`
}

export function DeviceCgroupRules({ service, findings }: { file: ComposeFile; service: ServiceView; findings: readonly Finding[] }) {
  const { applyEdit } = useActions()
  const rules = readDeviceCgroupRules(service)
  const byItem = findingsByItem(service, 'device_cgroup_rules', findings, ['no-broad-device-cgroup-rules'])
  return (
    <Subsection title="Device cgroup rules">
      {rules.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">No extra rules: the container may open only the devices above and Docker’s defaults.</p>
      ) : (
        <ul className="space-y-1.5" aria-label={`Device cgroup rules of ${service.name}`}>
          {rules.map((rule) => {
            const { located } = rule
            return (
              <li key={`${rule.index}:${rule.raw}`} className="space-y-1.5 rounded-md bg-white px-2.5 py-2 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700">
                <div className="flex items-start gap-2">
                  <div className="min-w-0 flex-1">
                    <p className="truncate font-mono text-[13px] text-slate-800 dark:text-slate-100">{rule.raw}</p>
                    <p className="truncate text-[11px] text-slate-500 dark:text-slate-400">{describeRule(rule)}</p>
                  </div>
                  <RemoveButton
                    label={`Remove rule ${rule.raw}`}
                    onClick={() => applyEdit((f) => removeCgroupRulePlan(f, service.name, rule.index))}
                    className="-my-0.5"
                  />
                </div>
                {located && located.origin !== 'own' && <InheritedBadge located={located} />}
                {(byItem.get(rule.index) ?? []).length > 0 && (
                  <InlineWarning tone="danger">
                    <strong>Too broad.</strong> {rule.type === 'a' ? 'Type a allows every host device, block and character.' : 'A * allows a whole class of host devices (every disk, every terminal).'}{' '}
                    List the exact major:minor pairs instead.
                  </InlineWarning>
                )}
              </li>
            )
          })}
        </ul>
      )}
      <AddRuleForm service={service.name} />
    </Subsection>
  )
}

function AddRuleForm({ service }: { service: string }) {
  const { input, set, problems, submit } = useAddRow({
    empty: { rule: '' },
    check: ({ rule }) => {
      const problem = cgroupRuleProblem(rule)
      return problem ? { rule: problem } : {}
    },
    edit: ({ rule }) => (f) => addCgroupRulePlan(f, service, rule),
  })
  return (
    <AddRow label="Add a device cgroup rule" onSubmit={submit} button="Add" buttonLabel="Add rule">
      <TextField className="min-w-0 flex-1" label="New device cgroup rule" labelHidden value={input.rule} onChange={set('rule')} placeholder="c 189:1 rwm" error={problems.rule} mono />
    </AddRow>
  )
}
