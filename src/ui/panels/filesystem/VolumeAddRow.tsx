// Adds a volume: a named (or anonymous) volume or a bind mount of a host path, optionally read-only.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { addVolumePlan, volumeInputProblems } from '../../../edits/volumes'
import type { NewVolumeType, VolumeInput } from '../../../edits/volumes'
import { useActions } from '../../../store/use-app'
import { SelectField } from '../../controls/SelectField'
import { SmallSwitch } from '../../controls/SmallSwitch'
import { buttonClass } from '../../controls/styles'
import { TextField } from '../../controls/TextField'

const EMPTY: VolumeInput = { type: 'volume', source: '', target: '', readOnly: false }

export function VolumeAddRow({ service }: { service: string }) {
  const { applyEdit } = useActions()
  const [input, setInput] = useState(EMPTY)
  const [tried, setTried] = useState(false)
  const problems = tried ? volumeInputProblems(input) : {}
  const set = <K extends keyof VolumeInput>(key: K) => (value: VolumeInput[K]) => setInput((i) => ({ ...i, [key]: value }))
  const bind = input.type === 'bind'

  const add = (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    if (Object.keys(volumeInputProblems(input)).length > 0) return
    if (applyEdit((f) => addVolumePlan(f, service, input))) {
      setInput((i) => ({ ...EMPTY, type: i.type }))
      setTried(false)
    }
  }

  return (
    <form aria-label="Add a volume" onSubmit={add} className="space-y-2 border-t border-dashed border-slate-200 pt-2 dark:border-slate-700">
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
      <div className="flex items-center justify-between gap-2">
        <SmallSwitch text="read-only" label="Mount the new volume read-only" checked={input.readOnly} onChange={set('readOnly')} />
        <button type="submit" className={buttonClass}>
          Add volume
        </button>
      </div>
    </form>
  )
}
