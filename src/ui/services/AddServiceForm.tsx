// Adds a service under the typed name (or a suggested one): from an image preset or a typed image, hardened for that
// image (service-presets.ts); with no image, the generic hardened template.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { selectServiceNames } from '../../store/selectors'
import { addServicePlan } from '../../edits/services'
import { SERVICE_PRESETS, addServiceFromImagePlan } from '../../edits/service-presets'
import { imageInputProblem } from '../../edits/basics'
import { nextServiceName, serviceNameProblem } from '../../edits/service-name'
import { useActions, useApp } from '../../store/use-app'
import { SelectField } from '../controls/SelectField'
import { primaryButtonClass } from '../controls/styles'
import { TextField } from '../controls/TextField'

export function AddServiceForm() {
  const names = useApp(selectServiceNames)
  const { applyEdit } = useActions()
  const [name, setName] = useState('')
  const [image, setImage] = useState('')
  const [preset, setPreset] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [imageError, setImageError] = useState<string | null>(null)
  const chosenPreset = SERVICE_PRESETS.find((p) => p.id === preset)
  const suggested = chosenPreset && !names.includes(chosenPreset.name) ? chosenPreset.name : nextServiceName(names)

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const chosen = name.trim() || suggested
    const problem = serviceNameProblem(chosen, names)
    const badImage = image.trim() === '' ? null : imageInputProblem(image)
    setError(problem)
    setImageError(badImage)
    if (problem || badImage) return
    const build = image.trim() === '' ? addServicePlan : (f: Parameters<typeof addServicePlan>[0], n: string) => addServiceFromImagePlan(f, n, image)
    if (applyEdit((f) => build(f, chosen), { selected: chosen })) {
      setName('')
      setImage('')
      setPreset('')
    }
  }

  return (
    <form aria-label="Add a service" onSubmit={submit} className="space-y-2">
      <SelectField
        label="Start from"
        value={preset}
        onChange={(id) => {
          setPreset(id)
          setImage(SERVICE_PRESETS.find((p) => p.id === id)?.image ?? '')
          setImageError(null)
        }}
      >
        <option value="">Any image (hardened defaults)</option>
        {SERVICE_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </SelectField>
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
      <TextField
        label="New service image"
        value={image}
        onChange={(v) => {
          setImage(v)
          setImageError(null)
          if (chosenPreset && v !== chosenPreset.image) setPreset('')
        }}
        placeholder="alpine:3.20"
        error={imageError ?? undefined}
        mono
      />
      <button type="submit" className={`${primaryButtonClass} w-full`}>
        Add service
      </button>
    </form>
  )
}
