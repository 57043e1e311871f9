// Maps a host device into the container: host path, container path (same when empty) and permissions (rwm when empty).
import { useState } from 'react'
import type { FormEvent } from 'react'
import { addDevicePlan, deviceInputProblems } from '../../../edits/devices'
import type { DeviceInput } from '../../../edits/devices'
import { useActions } from '../../../store/use-app'
import { buttonClass } from '../../controls/styles'
import { TextField } from '../../controls/TextField'

const EMPTY: DeviceInput = { host: '', container: '', permissions: '' }

export function DeviceAddRow({ service }: { service: string }) {
  const { applyEdit } = useActions()
  const [input, setInput] = useState(EMPTY)
  const [tried, setTried] = useState(false)
  const problems = tried ? deviceInputProblems(input) : {}
  const field = (key: keyof DeviceInput) => (value: string) => setInput((i) => ({ ...i, [key]: value }))

  const add = (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    if (Object.keys(deviceInputProblems(input)).length > 0) return
    if (applyEdit((f) => addDevicePlan(f, service, input))) {
      setInput(EMPTY)
      setTried(false)
    }
  }

  return (
    <form aria-label="Add a device" onSubmit={add} className="space-y-2 border-t border-dashed border-slate-200 pt-2 dark:border-slate-700">
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_5.5rem] items-start gap-2">
        <TextField label="Host device" value={input.host} onChange={field('host')} placeholder="/dev/ttyUSB0" error={problems.host} mono />
        <TextField label="Container path" value={input.container} onChange={field('container')} placeholder="same" error={problems.container} mono />
        <TextField label="Permissions" value={input.permissions} onChange={field('permissions')} placeholder="rwm" error={problems.permissions} mono />
      </div>
      <div className="flex items-center justify-between gap-2">
        <p className="text-[11px] text-slate-500 dark:text-slate-400">r read, w write, m create device nodes.</p>
        <button type="submit" className={`${buttonClass} shrink-0`}>
          Add device
        </button>
      </div>
    </form>
  )
}
