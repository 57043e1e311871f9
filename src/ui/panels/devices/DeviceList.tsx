// The host devices mapped into the container (short or long syntax), with a warning for memory, I/O ports and disks.
import { readDevices } from '../../../compose/read/settings'
import type { DeviceMapping } from '../../../compose/read/settings'
import type { ComposeFile, Located, ServiceView } from '../../../compose/types'
import type { Finding } from '../../../rules/types'
import { findingsByItem } from '../../../edits/list-items'
import { removeDevicePlan } from '../../../edits/devices'
import { useActions } from '../../../store/use-app'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { InlineWarning } from '../../controls/InlineWarning'
import { RemoveButton } from '../../controls/RemoveButton'
import { Subsection } from '../../controls/Subsection'
import { Tag } from '../../controls/Tag'
import { DeviceAddRow } from './DeviceAddRow'

interface ListProps {
  file: ComposeFile
  service: ServiceView
  findings: readonly Finding[]
}

export function DeviceList({ service, findings }: ListProps) {
  const devices = readDevices(service)
  const byItem = findingsByItem(service, 'devices', findings, ['no-host-devices'])
  return (
    <Subsection title="Devices">
      {devices.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">No host devices: the container sees only Docker’s default pseudo-devices (null, zero, random, tty…).</p>
      ) : (
        <ul className="space-y-1.5" aria-label={`Devices of ${service.name}`}>
          {devices.map((d) => (
            <DeviceRow
              key={`${d.index}:${d.raw}`}
              service={service.name}
              device={d}
              long={typeof (service.data.devices as unknown[])[d.index] === 'object'}
              located={d.located}
              findings={byItem.get(d.index) ?? []}
            />
          ))}
        </ul>
      )}
      <DeviceAddRow service={service.name} />
    </Subsection>
  )
}

const PERMISSION_WORDS: Record<string, string> = { r: 'read', w: 'write', m: 'create device nodes (mknod)' }

interface RowProps {
  service: string
  device: DeviceMapping
  long: boolean
  located?: Located
  findings: readonly Finding[]
}

function DeviceRow({ service, device, long, located, findings }: RowProps) {
  const { applyEdit } = useActions()
  const host = device.host ?? device.raw
  const container = device.container ?? device.host
  const permissions = device.permissions ?? 'rwm'
  return (
    <li className="space-y-1.5 rounded-md bg-white px-2.5 py-2 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700">
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p className="truncate font-mono text-[13px] text-slate-800 dark:text-slate-100" title={host}>
            {host}
          </p>
          {container && host.startsWith('/') && (
            <p className="truncate font-mono text-[13px] text-slate-600 dark:text-slate-300" title={container}>
              <span className="font-sans text-[11px] text-slate-500 dark:text-slate-400">{container === host ? 'at the same path' : 'appears as '}</span>
              {container === host ? '' : container}
            </p>
          )}
        </div>
        <Tag mono title={`Permissions: ${[...permissions].map((c) => PERMISSION_WORDS[c] ?? c).join(', ')}${device.permissions ? '' : ' (the default)'}`}>
          {permissions}
        </Tag>
        <Tag title={long ? 'Written as source / target / permissions' : 'Written as host[:container[:permissions]]'}>{long ? 'long syntax' : 'short syntax'}</Tag>
        <RemoveButton label={`Remove device ${host}`} onClick={() => applyEdit((f) => removeDevicePlan(f, service, device.index))} className="-my-0.5" />
      </div>
      {located && located.origin !== 'own' && <InheritedBadge located={located} />}
      {findings.map((f) => (
        <DeviceWarning key={f.messageId} finding={f} />
      ))}
    </li>
  )
}

function DeviceWarning({ finding }: { finding: Finding }) {
  switch (finding.messageId) {
    case 'memory':
      return (
        <InlineWarning tone="danger">
          <strong>Host memory.</strong> The container can read the host’s physical memory or I/O ports, every secret included, and patch the
          running kernel.
        </InlineWarning>
      )
    case 'disk':
      return (
        <InlineWarning tone="danger">
          <strong>Host disk.</strong> The container can read and rewrite the host’s disk directly, past every file permission.
        </InlineWarning>
      )
    case 'cdi':
      return <InlineWarning tone="note">The runtime injects this host hardware (device nodes and driver files); keep it only if the workload needs it.</InlineWarning>
    case 'variable':
      return <InlineWarning tone="note">A variable chooses the device: whatever it names becomes host hardware in the container.</InlineWarning>
    default:
      return <InlineWarning tone="note">The container talks to the host’s driver directly; keep the device only if the workload needs it.</InlineWarning>
  }
}
