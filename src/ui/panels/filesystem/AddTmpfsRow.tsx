// Adds a tmpfs mount to the service: path required, size and mode optional.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { addTmpfsPlan, tmpfsInputProblems } from '../../../edits/filesystem'
import { useActions } from '../../../store/use-app'
import { buttonClass } from '../../controls/styles'
import { TextField } from '../../controls/TextField'

export function AddTmpfsRow({ service }: { service: string }) {
  const { applyEdit } = useActions()
  const [path, setPath] = useState('')
  const [size, setSize] = useState('')
  const [mode, setMode] = useState('')
  const [tried, setTried] = useState(false)
  const problems = tried ? tmpfsInputProblems({ path, size, mode }) : {}

  const add = (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    if (Object.keys(tmpfsInputProblems({ path, size, mode })).length > 0) return
    if (applyEdit((f) => addTmpfsPlan(f, service, { path, size, mode }))) {
      setPath('')
      setSize('')
      setMode('')
      setTried(false)
    }
  }

  return (
    <form aria-label="Add a tmpfs mount" onSubmit={add} className="grid grid-cols-[minmax(0,1fr)_5rem_4.5rem_auto] items-start gap-2 border-t border-dashed border-slate-200 pt-2 dark:border-slate-700">
      <TextField label="New mount path" labelHidden value={path} onChange={setPath} placeholder="/path" error={problems.path} mono />
      <TextField label="New mount size" labelHidden value={size} onChange={setSize} placeholder="size" error={problems.size} mono />
      <TextField label="New mount mode" labelHidden value={mode} onChange={setMode} placeholder="mode" error={problems.mode} mono />
      <button type="submit" aria-label="Add tmpfs mount" className={`${buttonClass} mt-0.5 h-7`}>
        Add
      </button>
    </form>
  )
}
