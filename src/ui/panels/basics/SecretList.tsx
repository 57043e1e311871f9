// The secrets the service mounts under /run/secrets; a new name is declared at the top level from ./secrets/<name>.txt.
import { readServiceSecrets } from '../../../compose/read/settings-basics'
import type { ComposeFile, ServiceView } from '../../../compose/types'
import { addServiceSecretPlan, declaredSecrets, removeServiceSecretPlan, secretNameProblem } from '../../../edits/dependencies'
import { useActions } from '../../../store/use-app'
import { AddRow } from '../../controls/AddRow'
import { RemoveButton } from '../../controls/RemoveButton'
import { Subsection } from '../../controls/Subsection'
import { TextField } from '../../controls/TextField'
import { useAddRow } from '../../controls/use-add-row'

export function SecretList({ file, service }: { file: ComposeFile; service: ServiceView }) {
  const { applyEdit } = useActions()
  const secrets = readServiceSecrets(service)
  const declared = declaredSecrets(file)
  const { input, set, problems, submit } = useAddRow({
    empty: { name: '' },
    check: ({ name }) => {
      const problem = secretNameProblem(name, secrets.map((s) => s.name))
      return problem ? { name: problem } : {}
    },
    edit: ({ name }) => (f) => addServiceSecretPlan(f, service.name, name),
  })
  const unused = declared.filter((d) => !secrets.some((s) => s.name === d))
  return (
    <Subsection title="Secrets">
      {secrets.length > 0 && (
        <ul className="space-y-1" aria-label={`Secrets of ${service.name}`}>
          {secrets.map((s) => (
            <li key={`${s.index}:${s.name}`} className="flex items-center gap-2">
              <span className="min-w-0 flex-1 truncate font-mono text-[13px] text-slate-800 dark:text-slate-100">{s.name}</span>
              <span className="truncate font-mono text-[11px] text-slate-500 dark:text-slate-400">/run/secrets/{s.name}</span>
              {s.origin !== 'extends' && <RemoveButton label={`Unmount secret ${s.name}`} onClick={() => applyEdit((f) => removeServiceSecretPlan(f, service.name, s.index))} />}
            </li>
          ))}
        </ul>
      )}
      <AddRow label="Mount a secret" onSubmit={submit} button="Mount" buttonLabel="Mount secret" footer={unused.length ? `Declared: ${unused.join(', ')}` : 'A new name is read from ./secrets/<name>.txt'}>
        <TextField className="min-w-0" label="Secret name" labelHidden value={input.name} onChange={set('name')} placeholder="db_password" error={problems.name} mono />
      </AddRow>
    </Subsection>
  )
}
