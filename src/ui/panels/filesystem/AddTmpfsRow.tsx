// Adds a tmpfs mount to the service: path required, size and mode optional.
import { addTmpfsPlan, tmpfsInputProblems } from '../../../edits/filesystem'
import type { TmpfsInput } from '../../../edits/filesystem'
import { AddRow } from '../../controls/AddRow'
import { TextField } from '../../controls/TextField'
import { useAddRow } from '../../controls/use-add-row'

const EMPTY: TmpfsInput = { path: '', size: '', mode: '' }

export function AddTmpfsRow({ service }: { service: string }) {
  const { input, set, problems, submit } = useAddRow({
    empty: EMPTY,
    check: tmpfsInputProblems,
    edit: (i) => (f) => addTmpfsPlan(f, service, i),
  })
  return (
    <AddRow
      label="Add a tmpfs mount"
      onSubmit={submit}
      button="Add"
      buttonLabel="Add tmpfs mount"
      className="grid grid-cols-[minmax(0,1fr)_5rem_4.5rem_auto] items-start gap-2"
    >
      <TextField label="New mount path" labelHidden value={input.path} onChange={set('path')} placeholder="/path" error={problems.path} mono />
      <TextField label="New mount size" labelHidden value={input.size} onChange={set('size')} placeholder="size" error={problems.size} mono />
      <TextField label="New mount mode" labelHidden value={input.mode} onChange={set('mode')} placeholder="mode" error={problems.mode} mono />
    </AddRow>
  )
}
