// The Devices form: host devices mapped into the container and the device cgroup rules that allow more.
import type { ServiceView } from '../../../compose/types'
import { selectFindings } from '../../../store/analysis-selectors'
import { selectShown } from '../../../store/selectors'
import { useApp } from '../../../store/use-app'
import { Panel } from '../../controls/Panel'
import { DeviceCgroupRules } from './DeviceCgroupRules'
import { DeviceList } from './DeviceList'

export function DevicesPanel({ service }: { service: ServiceView }) {
  const file = useApp(selectShown)
  const findings = useApp(selectFindings)
  return (
    <Panel id="devices" title="Devices" description={<code className="font-mono">devices · device_cgroup_rules</code>}>
      <DeviceList file={file} service={service} findings={findings} />
      <DeviceCgroupRules file={file} service={service} findings={findings} />
    </Panel>
  )
}
