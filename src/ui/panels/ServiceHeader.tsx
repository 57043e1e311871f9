// The selected service's name, with rename and remove (both edit the YAML, so Ctrl+Z in the editor reverts them).
import { useEffect, useRef, useState } from 'react'
import type { FormEvent } from 'react'
import { selectServiceNames } from '../../store/selectors'
import { removeServicePlan, renameServicePlan } from '../../edits/services'
import { serviceNameProblem } from '../../edits/service-name'
import { useActions, useApp } from '../../store/use-app'
import { buttonClass, dangerButtonClass, primaryButtonClass } from '../controls/styles'
import { TextField } from '../controls/TextField'
import { RunCommandButton } from '../convert/ServiceRunDialog'

type Mode = 'view' | 'rename' | 'confirm-remove'

export function ServiceHeader({ name, image }: { name: string; image?: string }) {
  const [mode, setMode] = useState<Mode>('view')
  if (mode === 'rename') return <RenameForm name={name} onDone={() => setMode('view')} />
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-[11px] font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">Service</p>
          <h2 className="truncate font-mono text-lg font-semibold text-slate-900 dark:text-slate-100">{name}</h2>
          {image && <p className="truncate font-mono text-xs text-slate-500 dark:text-slate-400">{image}</p>}
        </div>
        {mode === 'view' && (
          <div className="flex shrink-0 gap-2">
            <RunCommandButton name={name} />
            <button type="button" className={buttonClass} onClick={() => setMode('rename')}>
              Rename
            </button>
            <button type="button" className={dangerButtonClass} onClick={() => setMode('confirm-remove')}>
              Remove
            </button>
          </div>
        )}
      </div>
      {mode === 'confirm-remove' && <ConfirmRemove name={name} onDone={() => setMode('view')} />}
    </div>
  )
}

function ConfirmRemove({ name, onDone }: { name: string; onDone(): void }) {
  const { applyEdit } = useActions()
  // Focus moves to the safe choice, so Enter right after "Remove" does not delete anything.
  const keep = useRef<HTMLButtonElement>(null)
  useEffect(() => keep.current?.focus(), [])
  return (
    <fieldset className="mt-3 flex flex-wrap items-center justify-between gap-2 rounded-lg bg-rose-50 px-3 py-2 dark:bg-rose-950/40">
      <legend className="sr-only">Remove {name}?</legend>
      <p className="text-xs text-rose-900 dark:text-rose-100">
        Remove <strong className="font-mono">{name}</strong> and all its settings?
      </p>
      <div className="flex gap-2">
        <button ref={keep} type="button" className={buttonClass} onClick={onDone}>
          Keep
        </button>
        <button
          type="button"
          className={`${dangerButtonClass} border-rose-600 bg-rose-600 text-white hover:bg-rose-700 dark:border-rose-600 dark:bg-rose-700 dark:text-white dark:hover:bg-rose-600`}
          onClick={() => {
            // This header shows the selected service: the selection falls back to the first one.
            if (applyEdit((f) => removeServicePlan(f, name), { selected: null })) onDone()
          }}
        >
          Remove {name}
        </button>
      </div>
    </fieldset>
  )
}

function RenameForm({ name, onDone }: { name: string; onDone(): void }) {
  const names = useApp(selectServiceNames)
  const { applyEdit } = useActions()
  const [draft, setDraft] = useState(name)
  const problem = serviceNameProblem(draft.trim(), names, name)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.select(), [])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    const to = draft.trim()
    if (!problem && applyEdit((f) => renameServicePlan(f, name, to), { selected: to })) onDone()
  }

  return (
    <form
      aria-label={`Rename ${name}`}
      onSubmit={submit}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <TextField label="Service name" value={draft} onChange={setDraft} error={problem ?? undefined}
        mono
        inputRef={input}
        onKeyDown={(e) => e.key === 'Escape' && onDone()}
      />
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass} onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className={primaryButtonClass} disabled={problem !== null}>
          Save name
        </button>
      </div>
    </form>
  )
}
