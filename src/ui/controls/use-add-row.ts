// The state of an add-row form (tmpfs, volumes, ports, devices, cgroup rules, networks): the draft, its problems
// (shown only once the user tried to add it), and a submit that commits the edit and clears the draft when it went in.
import { useState } from 'react'
import type { FormEvent } from 'react'
import type { EditBuilder } from '../../edits/edit-result'
import { useActions } from '../../store/use-app'

export type Problems<T> = Partial<Record<keyof T, string>>

interface AddRowOptions<T> {
  empty: T
  /** Problems with the draft, by field; empty when it can be added. */
  check(input: T): Problems<T>
  /** The edit that adds the draft (from src/edits). */
  edit(input: T): EditBuilder
  /** The draft after an add that went in; `empty` when omitted. */
  next?(input: T): T
  /** Told of each add that went in. */
  added?(input: T): void
}

export interface AddRowState<T> {
  input: T
  /** A setter for one field, for a control's onChange. */
  set<K extends keyof T>(key: K): (value: T[K]) => void
  /** The problems to show: none before the first try. */
  problems: Problems<T>
  submit(e: FormEvent): void
}

export function useAddRow<T extends object>({ empty, check, edit, next, added }: AddRowOptions<T>): AddRowState<T> {
  const { applyEdit } = useActions()
  const [input, setInput] = useState(empty)
  const [tried, setTried] = useState(false)
  const set = <K extends keyof T>(key: K) => (value: T[K]) => setInput((i) => ({ ...i, [key]: value }))
  const submit = (e: FormEvent) => {
    e.preventDefault()
    setTried(true)
    if (Object.keys(check(input)).length > 0) return
    if (applyEdit(edit(input))) {
      added?.(input)
      setInput(next ? next(input) : empty)
      setTried(false)
    }
  }
  return { input, set, problems: tried ? check(input) : {}, submit }
}
