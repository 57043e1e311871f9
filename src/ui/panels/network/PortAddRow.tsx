// Publishes a port: host IP (127.0.0.1 unless changed), host port, container port and protocol.
import { addPortPlan, portInputProblems, PROTOCOLS } from '../../../edits/network'
import type { PortInput } from '../../../edits/network'
import { AddRow } from '../../controls/AddRow'
import { SelectField } from '../../controls/SelectField'
import { TextField } from '../../controls/TextField'
import { useAddRow } from '../../controls/use-add-row'

const EMPTY: PortInput = { hostIp: '127.0.0.1', published: '', target: '', protocol: 'tcp' }

export function PortAddRow({ service }: { service: string }) {
  const { input, set, problems, submit } = useAddRow({
    empty: EMPTY,
    check: portInputProblems,
    edit: (i) => (f) => addPortPlan(f, service, i),
    // Host IP and protocol stay for the next port.
    next: (i) => ({ ...i, published: '', target: '' }),
  })
  return (
    <AddRow label="Publish a port" onSubmit={submit} button="Add port" footer="An empty host IP listens on every interface.">
      <div className="grid grid-cols-[minmax(0,1fr)_4.25rem_4.25rem_4.75rem] items-start gap-2">
        <TextField label="Host IP" value={input.hostIp} onChange={set('hostIp')} placeholder="all" error={problems.hostIp} mono />
        <TextField label="Host port" value={input.published} onChange={set('published')} placeholder="any" error={problems.published} mono />
        <TextField label="Container" value={input.target} onChange={set('target')} placeholder="80" error={problems.target} mono />
        <SelectField label="Protocol" value={input.protocol} onChange={set('protocol')} mono>
          {PROTOCOLS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </SelectField>
      </div>
    </AddRow>
  )
}
