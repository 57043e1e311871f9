// For a database service: databases should publish no ports and sit on internal networks only; says what is missing, with fixes.
import { Fragment } from 'react'
import type { ReactNode } from 'react'
import { isInternalNetwork, readNetworkMode, readPorts, readServiceNetworks } from '../../../compose/read/settings'
import type { ComposeFile, ServiceView } from '../../../compose/types'
import { asObject } from '../../../compose/read/values'
import { serviceDatabase } from '../../../rules/network-helpers'
import { removeAllPortsPlan, removeServiceNetworkPlan, setNetworkInternalPlan } from '../../../edits/network'
import { useActions } from '../../../store/use-app'
import { Callout } from '../../controls/Callout'
import { buttonClass } from '../../controls/styles'

const button = `${buttonClass} shrink-0 px-2 py-1 text-[11px]`

export function NetworkDatabaseHint({ file, service }: { file: ComposeFile; service: ServiceView }) {
  const { applyEdit } = useActions()
  const database = serviceDatabase(service)
  if (!database) return null
  const ports = readPorts(service).length
  const mode = readNetworkMode(service).value
  const networks = mode === undefined ? readServiceNetworks(service) : []
  const open = networks.filter((n) => !isInternalNetwork(file.data, n))
  const hasInternal = open.length < networks.length
  const declared = asObject(file.data?.networks) ?? {}
  const others = (network: string) => file.services.filter((s) => s.name !== service.name && readServiceNetworks(s).includes(network)).map((s) => s.name)
  const fine = ports === 0 && open.length === 0 && mode !== 'host'

  const fix = (network: string) => {
    if (hasInternal && network !== 'default')
      return (
        <Row text={<>Also on <code className="font-mono">{network}</code>, which is not internal.</>}>
          <button type="button" className={button} aria-label={`Leave network ${network}`} onClick={() => applyEdit((f) => removeServiceNetworkPlan(f, service.name, network))}>
            Leave it
          </button>
        </Row>
      )
    const shared = others(network)
    if (Object.prototype.hasOwnProperty.call(declared, network) && shared.length === 0)
      return (
        <Row text={<>Network <code className="font-mono">{network}</code> is not internal.</>}>
          <button type="button" className={button} aria-label={`Make network ${network} internal`} onClick={() => applyEdit((f) => setNetworkInternalPlan(f, network, true))}>
            Make internal
          </button>
        </Row>
      )
    return (
      <Row
        text={
          <>
            On <code className="font-mono">{network}</code>, which is not internal{shared.length ? ` and which ${shared.join(', ')} use${shared.length > 1 ? '' : 's'} too` : ''}: put the
            database and its clients on an internal network.
          </>
        }
      />
    )
  }

  return (
    <Callout tone={fine ? 'info' : 'warning'} role="status">
      <p>
        <strong>
          Database (<span className="font-mono">{database}</span>).
        </strong>{' '}
        Databases should have no published ports and sit on an internal network: their clients reach them by service name, and
        nothing else gets in or out.
      </p>
      {!fine && (
        <ul className="mt-1.5 space-y-1.5">
          {ports > 0 && (
            <Row text={`Publishes ${ports} port${ports > 1 ? 's' : ''}.`}>
              <button type="button" className={button} onClick={() => applyEdit((f) => removeAllPortsPlan(f, service.name))}>
                Remove published ports
              </button>
            </Row>
          )}
          {mode === 'host' && <Row text="Uses the host network, which is never internal." />}
          {open.map((network) => (
            <Fragment key={network}>{fix(network)}</Fragment>
          ))}
        </ul>
      )}
    </Callout>
  )
}

function Row({ text, children }: { text: ReactNode; children?: ReactNode }) {
  return (
    <li className="flex items-center justify-between gap-2">
      <span className="min-w-0">{text}</span>
      {children}
    </li>
  )
}
