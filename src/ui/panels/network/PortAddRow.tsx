// Publishes a port: host IP (127.0.0.1 unless changed), host port, container port and protocol.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { addPortPlan, portInputProblems, PROTOCOLS } from '../../../edits/network'
import type { PortInput } from '../../../edits/network'
import { useActions } from '../../../store/use-app'
import { SelectField } from '../../controls/SelectField'
import { buttonClass } from '../../controls/styles'
import { TextField } from '../../controls/TextField'

const EMPTY: PortInput = { hostIp: '127.0.0.1', published: '', target: '', protocol: 'tcp' }

export function PortAddRow({ service }: { service: string }) {
  const { applyEdit } = useActions()
  const [input, setInput] = useState(EMPTY)
  const [tried, setTried] = useState(false)
  const problems = tried ? portInputProblems(input) : {}
  const field = (key: keyof PortInput) => (value: string) => setInput((i) => ({ ...i, [key]: value }))

  const add = (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    if (Object.keys(portInputProblems(input)).length > 0) return
    if (applyEdit((f) => addPortPlan(f, service, input))) {
      setInput((i) => ({ ...i, published: '', target: '' }))
      setTried(false)
    }
  }

  return (
    <form aria-label="Publish a port" onSubmit={add} className="space-y-2 border-t border-dashed border-slate-200 pt-2 dark:border-slate-700">
      <div className="grid grid-cols-[minmax(0,1fr)_4.25rem_4.25rem_4.75rem] items-start gap-2">
        <TextField label="Host IP" value={input.hostIp} onChange={field('hostIp')} placeholder="all" error={problems.hostIp} mono />
        <TextField label="Host port" value={input.published} onChange={field('published')} placeholder="any" error={problems.published} mono />
        <TextField label="Container" value={input.target} onChange={field('target')} placeholder="80" error={problems.target} mono />
        <SelectField label="Protocol" value={input.protocol} onChange={field('protocol')} mono>
          {PROTOCOLS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="flex items-center justify-between gap-2">
        <p className="text-[11px] text-slate-500 dark:text-slate-400">An empty host IP listens on every interface.</p>
        <button type="submit" className={`${buttonClass} shrink-0`}>
          Add port
        </button>
      </div>
    </form>
  )
}
