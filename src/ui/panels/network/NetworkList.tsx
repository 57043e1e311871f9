// The networks the service joins and the other networks of the file, each with its top-level `internal` switch.
import { isInternalNetwork, readServiceNetworks } from '../../../compose/read/settings'
import type { ComposeFile, ServiceView } from '../../../compose/types'
import { asObject, toBool } from '../../../compose/read/values'
import {
  addServiceNetworkPlan,
  listedNetworks,
  networkNameProblem,
  removeServiceNetworkPlan,
  setNetworkInternalPlan,
} from '../../../edits/network'
import { useActions } from '../../../store/use-app'
import { AddRow } from '../../controls/AddRow'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { RemoveButton } from '../../controls/RemoveButton'
import { SmallSwitch } from '../../controls/SmallSwitch'
import { buttonClass } from '../../controls/styles'
import { Subsection } from '../../controls/Subsection'
import { Tag } from '../../controls/Tag'
import { TextField } from '../../controls/TextField'
import { useAddRow } from '../../controls/use-add-row'
import { NetworkRow } from './NetworkRow'

export function NetworkList({ file, service }: { file: ComposeFile; service: ServiceView }) {
  const { applyEdit } = useActions()
  if (service.data.network_mode !== undefined) return null
  const joined = listedNetworks(service)
  const declared = asObject(file.data?.networks) ?? {}
  const others = Object.keys(declared).filter((n) => !joined.includes(n))
  const usedBy = (network: string) => file.services.filter((s) => s.name !== service.name && readServiceNetworks(s).includes(network)).map((s) => s.name)
  const internalSwitch = (network: string) => {
    if (!Object.prototype.hasOwnProperty.call(declared, network)) return <Tag tone="rose" title="Compose fails on a network that is not declared under networks:.">not declared</Tag>
    const def = asObject(declared[network])
    const external = toBool(def?.external)
    if (external.known && external.value) return <Tag title="Created outside this file; whether it is internal is decided there.">external</Tag>
    return (
      <SmallSwitch
        text="internal"
        label={`Internal network ${network}`}
        title="internal: true gives the network no route outside the project"
        checked={isInternalNetwork(file.data, network)}
        onChange={(on) => applyEdit((f) => setNetworkInternalPlan(f, network, on))}
      />
    )
  }

  return (
    <>
      <Subsection title="Networks" badge={<InheritedBadge located={service.locate(['networks'])} />}>
        <ul className="space-y-1.5" aria-label={`Networks of ${service.name}`}>
          {joined.length === 0 && (
            <NetworkRow name="default" usedBy={usedBy('default')} note="implicit: the project’s default network, never internal">
              <Tag>default</Tag>
            </NetworkRow>
          )}
          {joined.map((network) => (
            <NetworkRow key={network} name={network} usedBy={usedBy(network)}>
              {internalSwitch(network)}
              <RemoveButton label={`Leave network ${network}`} onClick={() => applyEdit((f) => removeServiceNetworkPlan(f, service.name, network))} />
            </NetworkRow>
          ))}
        </ul>
        {joined.length === 0 && <p className="text-xs text-slate-500 dark:text-slate-400">Joining a network takes the service off the default network.</p>}
        <JoinNetworkForm service={service.name} joined={joined} />
      </Subsection>
      {others.length > 0 && (
        <Subsection title="Other networks in this file">
          <ul className="space-y-1.5" aria-label="Other networks in this file">
            {others.map((network) => (
              <NetworkRow key={network} name={network} usedBy={usedBy(network)}>
                {internalSwitch(network)}
                <button
                  type="button"
                  className={`${buttonClass} h-7 py-0`}
                  aria-label={`Join network ${network}`}
                  onClick={() => applyEdit((f) => addServiceNetworkPlan(f, service.name, network))}
                >
                  Join
                </button>
              </NetworkRow>
            ))}
          </ul>
        </Subsection>
      )}
    </>
  )
}

function JoinNetworkForm({ service, joined }: { service: string; joined: readonly string[] }) {
  const { input, set, problems, submit } = useAddRow({
    empty: { name: '' },
    check: ({ name }) => {
      const problem = networkNameProblem(name, joined)
      return problem ? { name: problem } : {}
    },
    edit: ({ name }) => (f) => addServiceNetworkPlan(f, service, name),
  })
  return (
    <AddRow label="Join a network" onSubmit={submit} button="Join" buttonLabel="Join network">
      <TextField className="min-w-0 flex-1" label="Network to join" labelHidden value={input.name} onChange={set('name')} placeholder="new or existing network" error={problems.name} mono />
    </AddRow>
  )
}
