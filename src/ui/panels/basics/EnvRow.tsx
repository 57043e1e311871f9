// One environment variable: name and value committed together when focus leaves the row, remove, and for a secret
// "Move to a secret" (the value goes to ./secrets/<name>.txt; the warning never repeats the value).
import { useState } from 'react'
import type { EnvVar } from '../../../compose/read/settings'
import type { ServiceView } from '../../../compose/types'
import { envNameProblem, moveEnvToSecretPlan, removeEnvVarPlan, secretNameFor, setEnvVarPlan, supportsFileEnv } from '../../../edits/environment'
import { useActions } from '../../../store/use-app'
import { commitHandlers } from '../../controls/commit-on-leave'
import { InlineWarning } from '../../controls/InlineWarning'
import { RemoveButton } from '../../controls/RemoveButton'
import { buttonClass } from '../../controls/styles'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

interface EnvRowProps {
  service: ServiceView
  variable: EnvVar
  secret: boolean
  /** Told when the row's commit renamed the variable. */
  onRenamed?(from: string, to: string): void
}

export function EnvRow({ service, variable, secret, onRenamed }: EnvRowProps) {
  const { applyEdit } = useActions()
  const [name, setName] = useDraft(variable.name)
  const [value, setValue] = useDraft(variable.value ?? '')
  const [confirm, setConfirm] = useState(false)
  const dirty = name.trim() !== variable.name || value !== (variable.value ?? '')
  const problem = dirty ? envNameProblem(name) : null
  const commit = () => {
    if (!dirty || problem) return
    if (applyEdit((f) => setEnvVarPlan(f, service.name, { name, value, from: variable.name })) && name.trim() !== variable.name) onRenamed?.(variable.name, name.trim())
  }
  const fromBase = variable.origin === 'extends'
  const secretFile = `./secrets/${secretNameFor(variable.name)}.txt`
  return (
    <li className="space-y-1">
      <form aria-label={`Variable ${variable.name}`} className="flex items-start gap-2" {...commitHandlers(commit)}>
        <TextField className="min-w-0 flex-1" label={`Name of ${variable.name}`} labelHidden value={name} onChange={setName} mono error={problem ?? undefined} />
        <TextField className="min-w-0 flex-[1.4]" label={`Value of ${variable.name}`} labelHidden value={value} onChange={setValue} mono placeholder="(from the host)" />
        {!fromBase && <RemoveButton label={`Remove variable ${variable.name}`} onClick={() => applyEdit((f) => removeEnvVarPlan(f, service.name, variable.name))} />}
      </form>
      {secret && !fromBase && (
        <InlineWarning
          tone="warning"
          action={
            <button type="button" className={`${buttonClass} h-7 py-0`} aria-expanded={confirm} onClick={() => setConfirm(!confirm)}>
              Move to a secret
            </button>
          }
        >
          {variable.name} holds a secret in the file.
        </InlineWarning>
      )}
      {confirm && (
        <div role="group" aria-label={`Move ${variable.name} to a secret`} className="space-y-2 rounded-md bg-slate-50 px-2.5 py-2 text-xs text-slate-700 ring-1 ring-slate-200 dark:bg-slate-800/60 dark:text-slate-200 dark:ring-slate-700">
          <p>
            Save the value in <code className="font-mono">{secretFile}</code> next to the compose file (keep it out of version control), then
            move it.{' '}
            {supportsFileEnv(service, variable.name)
              ? `${variable.name}_FILE will point the image at /run/secrets/${secretNameFor(variable.name)}.`
              : `This image is not known to read ${variable.name}_FILE: the variable is removed and the app must read /run/secrets/${secretNameFor(variable.name)} itself.`}
          </p>
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass} onClick={() => setConfirm(false)}>
              Cancel
            </button>
            <button type="button" className={buttonClass} onClick={() => applyEdit((f) => moveEnvToSecretPlan(f, service.name, variable.name)) && setConfirm(false)}>
              Move {variable.name} to a secret
            </button>
          </div>
        </div>
      )}
    </li>
  )
}
