// "Waive…": asks why the finding does not apply, then writes `# secure-compose: ignore RULE -- REASON` on its line.
// The reason is required (a waiver without one waives nothing); Escape in the reason, or Cancel, closes it unchanged.
import { useEffect, useId, useRef, useState } from 'react'
import type { FormEvent, KeyboardEvent } from 'react'
import type { Finding } from '../../rules/types'
import { useActions } from '../../store/use-app'
import { TextField } from '../controls/TextField'
import { buttonClass } from '../controls/styles'
import { waiveBuilder } from './waive-actions'

interface Props {
  finding: Finding
  /** The rule's title, for the form's name. */
  title: string
  onCancel(): void
  onWaived(): void
}

export function WaiveForm({ finding, title, onCancel, onWaived }: Props) {
  const { applyEdit } = useActions()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()
  const input = useRef<HTMLInputElement>(null)
  const id = useId()
  useEffect(() => input.current?.focus(), [])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!reason.trim()) {
      setError('Say why this finding does not apply here: a waiver without a reason waives nothing.')
      input.current?.focus()
      return
    }
    if (applyEdit(waiveBuilder(finding, reason))) onWaived()
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Escape') return
    e.stopPropagation()
    onCancel()
  }

  return (
    <form
      aria-label={`Waive ${title}${finding.service === null ? '' : ` on ${finding.service}`}`}
      aria-describedby={`${id}-what`}
      onSubmit={submit}
      noValidate
      className="space-y-2 border-t border-violet-200 bg-violet-50/60 px-3 py-2.5 dark:border-violet-900/60 dark:bg-violet-950/30"
    >
      <p id={`${id}-what`} className="text-xs leading-relaxed text-slate-700 dark:text-slate-300">
        Adds <code className="rounded bg-white/80 px-1 font-mono text-[11px] text-violet-900 ring-1 ring-violet-200 dark:bg-slate-900 dark:text-violet-200 dark:ring-violet-800">
          # secure-compose: ignore {finding.ruleId} -- …
        </code>{' '}
        to line {finding.line}. The finding stays listed as waived, but no longer counts in the score or the checklist.
      </p>
      <TextField
        label="Reason"
        value={reason}
        onChange={(v) => {
          setReason(v)
          if (v.trim()) setError(undefined)
        }}
        placeholder="e.g. public reverse proxy"
        error={error}
        inputRef={input}
        onKeyDown={onKeyDown}
      />
      <div className="flex items-center justify-between gap-2">
        <p className="text-[11px] text-slate-600 dark:text-slate-400">Ctrl+Z in the editor undoes it.</p>
        <div className="flex shrink-0 gap-2">
          <button type="button" className={buttonClass} onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className="inline-flex items-center justify-center rounded-md bg-violet-700 px-2.5 py-1.5 text-xs font-semibold text-white shadow-xs hover:bg-violet-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-700 dark:bg-violet-500 dark:text-violet-950 dark:hover:bg-violet-400 dark:focus-visible:outline-violet-400"
          >
            Waive
          </button>
        </div>
      </div>
    </form>
  )
}
