// The Capabilities form: drop ALL, grant or take away each of the 41 capabilities, and the set the container ends up with.
import { ALL_CAPABILITY_NAMES } from '../../../compose/read/capabilities'
import type { Capability } from '../../../compose/read/capabilities'
import { effectiveCaps, readCapAdd, readCapDrop, readIsolation } from '../../../compose/read/settings'
import type { ServiceView } from '../../../compose/types'
import { grantCapabilityPlan, removeAddAllPlan, revokeCapabilityPlan, setDropAllPlan } from '../../../edits/capabilities'
import { useActions } from '../../../store/use-app'
import { CapabilitiesEffective } from './CapabilitiesEffective'
import type { CapabilityRowState } from './CapabilitiesRow'
import { CapabilitiesTable } from './CapabilitiesTable'
import { Callout } from '../../controls/Callout'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Panel } from '../../controls/Panel'
import { dangerButtonClass } from '../../controls/styles'
import { Switch } from '../../controls/Switch'

export function CapabilitiesPanel({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const add = readCapAdd(service)
  const drop = readCapDrop(service)
  const effective = effectiveCaps(service, ALL_CAPABILITY_NAMES)
  const dropAll = drop.find((c) => c.name === 'ALL')
  const addAll = add.find((c) => c.name === 'ALL')
  const privileged = readIsolation(service, 'privileged').on
  const unknown = [...add, ...drop].filter((c) => c.name === undefined)

  const rowState = (cap: Capability): CapabilityRowState => ({
    granted: effective.includes(cap.name),
    added: add.find((c) => c.name === cap.name)?.located,
    dropped: drop.some((c) => c.name === cap.name),
  })
  const toggle = (cap: Capability, grant: boolean) =>
    applyEdit((file) => (grant ? grantCapabilityPlan : revokeCapabilityPlan)(file, service.name, cap.name))

  return (
    <Panel id="capabilities" title="Capabilities" description={<code className="font-mono">cap_drop · cap_add</code>}>
      <Switch
        label="Drop ALL capabilities"
        checked={dropAll !== undefined}
        onChange={(on) => applyEdit((file) => setDropAllPlan(file, service.name, on))}
        hint={
          dropAll
            ? 'The container starts with no capabilities; only those granted below are added back.'
            : "The container keeps Docker's 14 default capabilities, minus any dropped one by one."
        }
        badge={<InheritedBadge located={(dropAll ?? drop[0])?.located} />}
      />
      {privileged && (
        <Callout tone="warning">
          <strong>privileged: true</strong> grants every capability whatever these lists say; turn it off under Isolation.
        </Callout>
      )}
      {addAll && (
        <Callout
          tone="error"
          action={
            <button type="button" className={`${dangerButtonClass} shrink-0`} onClick={() => applyEdit((file) => removeAddAllPlan(file, service.name))}>
              Remove ALL
            </button>
          }
        >
          <strong>cap_add: ALL</strong> grants all 41 capabilities, SYS_ADMIN included. Remove it to choose them one by one.
        </Callout>
      )}
      {unknown.length > 0 && (
        <Callout tone="info">
          {unknown.map((c) => c.raw).join(', ')} {unknown.length === 1 ? 'depends' : 'depend'} on a variable without default, so{' '}
          {unknown.length === 1 ? 'it is' : 'they are'} not counted here.
        </Callout>
      )}
      <CapabilitiesEffective caps={effective} privileged={privileged} />
      <CapabilitiesTable
        service={service.name}
        rowState={rowState}
        locked={addAll ? 'cap_add: ALL grants every capability; remove ALL first.' : undefined}
        onToggle={toggle}
      />
    </Panel>
  )
}
