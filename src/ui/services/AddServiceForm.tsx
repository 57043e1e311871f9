// Adds a service (hardened defaults) under the typed name, or the next free `service-N`.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { selectServiceNames } from '../../store/selectors'
import { addServicePlan } from '../../edits/services'
import { nextServiceName, serviceNameProblem } from '../../edits/service-name'
import { useActions, useApp } from '../../store/use-app'
import { primaryButtonClass } from '../controls/styles'
import { TextField } from '../controls/TextField'

export function AddServiceForm() {
  const names = useApp(selectServiceNames)
  const { applyEdit } = useActions()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const suggested = nextServiceName(names)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const chosen = name.trim() || suggested
    const problem = serviceNameProblem(chosen, names)
    setError(problem)
    if (!problem && applyEdit((f) => addServicePlan(f, chosen), { selected: chosen })) setName('')
  }

  return (
    <form aria-label="Add a service" onSubmit={submit} className="space-y-2">
      <TextField
        label="New service name"
        value={name}
        onChange={(v) => {
          setName(v)
          setError(null)
        }}
        placeholder={suggested}
        error={error ?? undefined}
        mono
      />
      <button type="submit" className={`${primaryButtonClass} w-full`}>
        Add service
      </button>
    </form>
  )
}
