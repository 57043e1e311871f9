// The environment as a table: each row edits one variable (commit on leave), a secret-looking value offers
// "Move to a secret", and a row at the end adds one. A long environment shows its first rows, those past them with a
// warning or just added (env-rows.ts), and a button for the rest: every row is two fields and a button, and 5,000 of
// them took the page's first render 5 s.
import { useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { readEnvironment } from '../../../compose/read/settings'
import { isInterpolated } from '../../../compose/read/values'
import type { ServiceView } from '../../../compose/types'
import { envNameProblem, setEnvVarPlan } from '../../../edits/environment'
import { secretName } from '../../../rules/no-secrets-in-environment/rule'
import { AddRow } from '../../controls/AddRow'
import { buttonClass } from '../../controls/styles'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Subsection } from '../../controls/Subsection'
import { TextField } from '../../controls/TextField'
import { useAddRow } from '../../controls/use-add-row'
import { EnvRow } from './EnvRow'
import { envRowsShown, firstHidden } from './env-rows'

/** A literal value under a name that says it holds a secret (the rule's test of names). */
export const looksSecret = (name: string, value: string | undefined) =>
  value !== undefined && value.trim() !== '' && !isInterpolated(value) && !value.startsWith('/run/secrets/') && secretName(name) && !/_FILE$/i.test(name)

export function EnvironmentTable({ service }: { service: ServiceView }) {
  const vars = readEnvironment(service)
  const [all, setAll] = useState(false)
  // Names added with the form here: they go to the end of the file, and stay listed.
  const [added, setAdded] = useState<ReadonlySet<string>>(new Set())
  const list = useRef<HTMLUListElement>(null)
  const shown = envRowsShown(vars, all, { added: (v) => added.has(v.name), warned: (v) => looksSecret(v.name, v.value) })
  const renamed = (from: string, to: string) => setAdded((s) => (s.has(from) ? new Set([...s].map((n) => (n === from ? to : n))) : s))
  const showAll = () => {
    // The button goes away: the keyboard moves on to the first variable it showed.
    const first = firstHidden(vars, shown)
    flushSync(() => setAll(true))
    list.current?.children[first]?.querySelector('input')?.focus()
  }
  return (
    <Subsection title="Environment" badge={<InheritedBadge located={service.locate(['environment'])} />}>
      {vars.length > 0 && (
        <ul ref={list} className="space-y-1.5" aria-label={`Environment of ${service.name}`}>
          {shown.map((v) => (
            <EnvRow key={v.name} service={service} variable={v} secret={looksSecret(v.name, v.value)} onRenamed={renamed} />
          ))}
        </ul>
      )}
      {shown.length < vars.length && (
        <p className="flex items-center justify-between gap-2 text-xs text-slate-600 dark:text-slate-300">
          <span>
            {shown.length} of {vars.length} variables shown.
          </span>
          <button type="button" className={buttonClass} onClick={showAll}>
            Show all {vars.length} variables
          </button>
        </p>
      )}
      <AddEnvForm service={service.name} taken={vars.map((v) => v.name)} onAdded={(name) => setAdded((s) => new Set(s).add(name))} />
    </Subsection>
  )
}

function AddEnvForm({ service, taken, onAdded }: { service: string; taken: readonly string[]; onAdded(name: string): void }) {
  const { input, set, problems, submit } = useAddRow({
    empty: { name: '', value: '' },
    check: ({ name }) => {
      const problem = envNameProblem(name) ?? (taken.includes(name.trim()) ? 'The service has this variable already; edit its row.' : null)
      return problem ? { name: problem } : {}
    },
    edit: (v) => (f) => setEnvVarPlan(f, service, v),
    added: (v) => onAdded(v.name.trim()),
  })
  return (
    <AddRow label="Add a variable" onSubmit={submit} button="Add" buttonLabel="Add variable">
      <TextField className="min-w-0 flex-1" label="New variable name" labelHidden value={input.name} onChange={set('name')} placeholder="NAME" error={problems.name} mono />
      <TextField className="min-w-0 flex-1" label="New variable value" labelHidden value={input.value} onChange={set('value')} placeholder="value" mono />
    </AddRow>
  )
}
