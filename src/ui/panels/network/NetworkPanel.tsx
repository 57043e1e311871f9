// The Network form: how the service is networked (mode, networks, internal, inter-container traffic), which ports it publishes, and a database's needs.
import type { ServiceView } from '../../../compose/types'
import { selectShown } from '../../../store/selectors'
import { useApp } from '../../../store/use-app'
import { Panel } from '../../controls/Panel'
import { NetworkDatabaseHint } from './NetworkDatabaseHint'
import { NetworkIccList } from './NetworkIccList'
import { NetworkList } from './NetworkList'
import { NetworkModeField } from './NetworkModeField'
import { PortTable } from './PortTable'

export function NetworkPanel({ service }: { service: ServiceView }) {
  const file = useApp(selectShown)
  return (
    <Panel id="network" title="Network" description={<code className="font-mono">network_mode · networks · ports</code>}>
      <NetworkDatabaseHint file={file} service={service} />
      <NetworkModeField service={service} />
      <NetworkList file={file} service={service} />
      <NetworkIccList file={file} service={service} />
      <PortTable file={file} service={service} />
    </Panel>
  )
}
