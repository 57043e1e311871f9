// Maps a host device into the container: host path, container path (same when empty) and permissions (rwm when empty).
import { addDevicePlan, deviceInputProblems } from '../../../edits/devices'
import type { DeviceInput } from '../../../edits/devices'
import { AddRow } from '../../controls/AddRow'
import { TextField } from '../../controls/TextField'
import { useAddRow } from '../../controls/use-add-row'

const EMPTY: DeviceInput = { host: '', container: '', permissions: '' }

export function DeviceAddRow({ service }: { service: string }) {
  const { input, set, problems, submit } = useAddRow({
    empty: EMPTY,
    check: deviceInputProblems,
    edit: (i) => (f) => addDevicePlan(f, service, i),
  })
  return (
    <AddRow label="Add a device" onSubmit={submit} button="Add device" footer="r read, w write, m create device nodes.">
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_5.5rem] items-start gap-2">
        <TextField label="Host device" value={input.host} onChange={set('host')} placeholder="/dev/ttyUSB0" error={problems.host} mono />
        <TextField label="Container path" value={input.container} onChange={set('container')} placeholder="same" error={problems.container} mono />
        <TextField label="Permissions" value={input.permissions} onChange={set('permissions')} placeholder="rwm" error={problems.permissions} mono />
      </div>
    </AddRow>
  )
}
