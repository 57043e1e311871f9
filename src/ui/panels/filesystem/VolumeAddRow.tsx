// Adds a volume: a named (or anonymous) volume or a bind mount of a host path, optionally read-only.
import { addVolumePlan, volumeInputProblems } from '../../../edits/volumes'
import type { NewVolumeType, VolumeInput } from '../../../edits/volumes'
import { AddRow } from '../../controls/AddRow'
import { SelectField } from '../../controls/SelectField'
import { SmallSwitch } from '../../controls/SmallSwitch'
import { TextField } from '../../controls/TextField'
import { useAddRow } from '../../controls/use-add-row'

const EMPTY: VolumeInput = { type: 'volume', source: '', target: '', readOnly: false }

export function VolumeAddRow({ service }: { service: string }) {
  const { input, set, problems, submit } = useAddRow({
    empty: EMPTY,
    check: volumeInputProblems,
    edit: (i) => (f) => addVolumePlan(f, service, i),
    // The next volume is likely of the same type.
    next: (i) => ({ ...EMPTY, type: i.type }),
  })
  const bind = input.type === 'bind'
  return (
    <AddRow
      label="Add a volume"
      onSubmit={submit}
      button="Add volume"
      footer={<SmallSwitch text="read-only" label="Mount the new volume read-only" checked={input.readOnly} onChange={set('readOnly')} />}
    >
      <div className="grid grid-cols-[7.5rem_minmax(0,1fr)] items-start gap-2">
        <SelectField label="Type" value={input.type} onChange={(v) => set('type')(v as NewVolumeType)}>
          <option value="volume">Volume</option>
          <option value="bind">Bind mount</option>
        </SelectField>
        <TextField
          label={bind ? 'Host path' : 'Volume name'}
          value={input.source}
          onChange={set('source')}
          placeholder={bind ? './data' : 'empty: anonymous'}
          error={problems.source}
          mono
        />
      </div>
      <TextField label="Container path" value={input.target} onChange={set('target')} placeholder="/data" error={problems.target} mono />
    </AddRow>
  )
}
