// Inter-container traffic per network: the icc switch of each bridge network the service joins or the file declares,
// why other networks have none, and which depends_on pairs lose their only way to talk with it off.
import { cutDependencies, readNetworkIcc } from '../../../compose/read/settings-network-icc'
import type { CutDependency } from '../../../compose/read/settings-network-icc'
import { readServiceNetworks } from '../../../compose/read/settings'
import type { ComposeFile, ServiceView } from '../../../compose/types'
import { asObject } from '../../../compose/read/values'
import { setNetworkIccPlan } from '../../../edits/network-icc'
import { useActions } from '../../../store/use-app'
import { InlineWarning } from '../../controls/InlineWarning'
import { SmallSwitch } from '../../controls/SmallSwitch'
import { Subsection } from '../../controls/Subsection'
import { Tag } from '../../controls/Tag'
import { DaemonSettingsButton } from './DaemonSettingsDialog'

const code = 'font-mono text-[11px]'

export function NetworkIccList({ file, service }: { file: ComposeFile; service: ServiceView }) {
  const joined = service.data.network_mode === undefined ? readServiceNetworks(service) : []
  const declared = Object.keys(asObject(file.data?.networks) ?? {})
  const networks = [...joined, ...declared.filter((n) => !joined.includes(n))]
  return (
    <Subsection title="Inter-container traffic" action={<DaemonSettingsButton />}>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Containers on one bridge network reach each other on every port. Switching <strong className="font-medium">icc</strong> off writes{' '}
        <code className={code}>driver_opts: {'{'}com.docker.network.bridge.enable_icc: "false"{'}'}</code> on the network: its containers can no longer
        reach each other directly, so services that talk need a published port or another network they share.
      </p>
      {networks.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">This service has its own network mode and the file declares no networks.</p>
      ) : (
        <ul className="space-y-1.5" aria-label="Inter-container traffic by network">
          {networks.map((network) => (
            <IccRow key={network} file={file} network={network} />
          ))}
        </ul>
      )}
    </Subsection>
  )
}

function IccRow({ file, network }: { file: ComposeFile; network: string }) {
  const { applyEdit } = useActions()
  const icc = readNetworkIcc(file.data, network)
  const usedBy = file.services.filter((s) => readServiceNetworks(s).includes(network)).map((s) => s.name)
  const cuts = icc.notOffered || icc.state === 'unknown' ? [] : cutDependencies(file, network)
  const control = icc.notOffered ? (
    <Tag>{icc.driver}</Tag>
  ) : icc.state === 'unknown' ? (
    <Tag tone="amber">set by a variable</Tag>
  ) : (
    <SmallSwitch
      text="icc"
      label={`Inter-container traffic (icc) on network ${network}`}
      title="On: containers on this network reach each other directly. Off: they cannot."
      checked={icc.state === 'on'}
      onChange={(on) => applyEdit((f) => setNetworkIccPlan(f, network, on))}
    />
  )
  return (
    <li className="space-y-1 rounded-md bg-white px-2.5 py-1.5 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700">
      <div className="flex items-center gap-2">
        <div className="min-w-0 flex-1">
          <p className="truncate font-mono text-[13px] text-slate-800 dark:text-slate-100">{network}</p>
          <p className="truncate text-[11px] text-slate-500 dark:text-slate-400">{usedBy.length ? `on it: ${usedBy.join(', ')}` : 'no service on it'}</p>
        </div>
        {control}
      </div>
      {icc.state === 'off' && !icc.notOffered && (
        <p className="text-[11px] leading-snug text-slate-600 dark:text-slate-300">Off: containers on it cannot reach each other directly.</p>
      )}
      {icc.notOffered && <p className="text-[11px] leading-snug text-slate-600 dark:text-slate-300">No icc switch: {icc.notOffered}</p>}
      {icc.state === 'unknown' && !icc.notOffered && (
        <p className="text-[11px] leading-snug text-slate-600 dark:text-slate-300">A variable sets enable_icc here; change it in the editor.</p>
      )}
      {cuts.length > 0 && <CutWarning cuts={cuts} off={icc.state === 'off'} />}
    </li>
  )
}

function CutWarning({ cuts, off }: { cuts: readonly CutDependency[]; off: boolean }) {
  const pairs = cuts.map((c) => `${c.from} → ${c.on}`).join(', ')
  return off ? (
    <InlineWarning>
      These depend on each other and share no other network with traffic on: <span className="font-mono">{pairs}</span>. They can no longer talk
      directly; publish the port they use or put them on another network together.
    </InlineWarning>
  ) : (
    <InlineWarning tone="note">
      Switching icc off would cut <span className="font-mono">{pairs}</span> (depends_on): they share no other network with traffic on.
    </InlineWarning>
  )
}
