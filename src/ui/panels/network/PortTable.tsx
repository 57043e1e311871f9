// The published ports as a table (host IP, host port, container port, protocol), with a warning and a one-click fix
// for each port that listens on every interface of the host.
import { bindsAllInterfaces, readNetworkMode, readPorts } from '../../../compose/read/settings'
import type { PortMapping } from '../../../compose/read/settings'
import type { ComposeFile, ServiceView } from '../../../compose/types'
import { bindAllPortsToLocalhostPlan, bindPortToLocalhostPlan, removePortPlan } from '../../../edits/network'
import { useActions } from '../../../store/use-app'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { InlineWarning } from '../../controls/InlineWarning'
import { RemoveButton } from '../../controls/RemoveButton'
import { buttonClass } from '../../controls/styles'
import { Subsection } from '../../controls/Subsection'
import { PortAddRow } from './PortAddRow'

const cell = 'truncate bg-white py-1 pl-2 font-mono text-[13px] text-slate-800 dark:bg-slate-900 dark:text-slate-100'
const muted = 'text-slate-400 dark:text-slate-500'

/** Modes in which compose does not publish ports at all (host: every port is on the host already). */
const NO_PUBLISHING: Record<string, string> = {
  host: 'With the host network nothing is published: every port the container opens is open on the host.',
  none: 'Without a network, published ports have no effect.',
}

export function PortTable({ service }: { file: ComposeFile; service: ServiceView }) {
  const { applyEdit } = useActions()
  const mode = readNetworkMode(service).value ?? ''
  const shared = /^(service|container):/.test(mode)
  const noPublishing = NO_PUBLISHING[mode] ?? (shared ? 'The service shares another network stack: its ports are published there.' : undefined)
  const ports = readPorts(service)
  const exposed = ports.filter(bindsAllInterfaces)
  const bindAll =
    exposed.length > 1 ? (
      <button type="button" className={`${buttonClass} py-1`} onClick={() => applyEdit((f) => bindAllPortsToLocalhostPlan(f, service.name))}>
        Bind all to 127.0.0.1
      </button>
    ) : undefined

  return (
    <Subsection title="Published ports" badge={<InheritedBadge located={ports[0]?.located} />} action={bindAll}>
      {noPublishing && <p className="text-xs text-slate-500 dark:text-slate-400">{noPublishing}</p>}
      {ports.length === 0 ? (
        !noPublishing && <p className="text-xs text-slate-500 dark:text-slate-400">No published ports: only services on the same networks can reach this one.</p>
      ) : (
        <table className="-mt-1 w-full table-fixed border-separate border-spacing-y-1">
          <caption className="sr-only">Published ports of {service.name}</caption>
          <colgroup>
            <col />
            <col className="w-16" />
            <col className="w-[4.25rem]" />
            <col className="w-[3.75rem]" />
            <col className="w-8" />
          </colgroup>
          <thead>
            <tr className="text-left text-[11px] text-slate-500 dark:text-slate-400">
              <th scope="col" className="pb-0.5 pl-2 font-medium">Host IP</th>
              <th scope="col" className="pb-0.5 pl-2 font-medium">Host port</th>
              <th scope="col" className="pb-0.5 pl-2 font-medium">Container</th>
              <th scope="col" className="pb-0.5 pl-2 font-medium">Protocol</th>
              <th scope="col" className="pb-0.5">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ports.map((port) => (
              <PortRow
                key={`${port.index}:${port.raw}`}
                port={port}
                exposed={bindsAllInterfaces(port)}
                onBind={() => applyEdit((f) => bindPortToLocalhostPlan(f, service.name, port.index))}
                onRemove={() => applyEdit((f) => removePortPlan(f, service.name, port.index))}
              />
            ))}
          </tbody>
        </table>
      )}
      {!noPublishing && <PortAddRow service={service.name} />}
    </Subsection>
  )
}

interface PortRowProps {
  port: PortMapping
  exposed: boolean
  onBind(): void
  onRemove(): void
}

function PortRow({ port, exposed, onBind, onRemove }: PortRowProps) {
  const name = portName(port)
  return (
    <>
      <tr>
        {port.unknown ? (
          <td colSpan={4} className={`${cell} rounded-l-md`} title={port.raw}>
            {port.raw} <span className={`font-sans text-[11px] ${muted}`}>set by a variable</span>
          </td>
        ) : (
          <>
            <td className={`${cell} rounded-l-md`} title={port.hostIp}>
              {exposed ? <span className="font-sans text-xs font-medium text-amber-700 dark:text-amber-400">{port.hostIp || 'all interfaces'}</span> : port.hostIp}
            </td>
            <td className={cell}>{port.published ?? <span className={`font-sans text-xs ${muted}`}>random</span>}</td>
            <td className={cell}>{port.target ?? '?'}</td>
            <td className={cell}>{port.protocol ?? <span className={muted}>tcp</span>}</td>
          </>
        )}
        <td className="rounded-r-md bg-white py-0.5 pr-1 text-right dark:bg-slate-900">
          <RemoveButton label={`Remove port ${name}`} onClick={onRemove} className="h-6 w-6 align-middle" />
        </td>
      </tr>
      {exposed && (
        <tr>
          <td colSpan={5}>
            <InlineWarning
              action={
                <button type="button" aria-label={`Bind port ${name} to 127.0.0.1`} onClick={onBind} className={`${buttonClass} -my-0.5 px-2 py-0.5 text-[11px]`}>
                  Bind to 127.0.0.1
                </button>
              }
            >
              Open on every interface of the host: other machines can connect.
            </InlineWarning>
          </td>
        </tr>
      )}
    </>
  )
}

/** How people name a port in labels: the short syntax, or `published:target` for the long one. */
function portName(port: PortMapping): string {
  if (!port.long) return port.raw
  return `${port.published ? `${port.published}:` : ''}${port.target ?? '?'}${port.protocol ? `/${port.protocol}` : ''}`
}
