// env_file: the files whose variables the service reads, in order.
import { readEnvFiles } from '../../../compose/read/settings-basics'
import type { ServiceView } from '../../../compose/types'
import { addEnvFilePlan, envFileProblem, removeEnvFilePlan } from '../../../edits/dependencies'
import { useActions } from '../../../store/use-app'
import { AddRow } from '../../controls/AddRow'
import { RemoveButton } from '../../controls/RemoveButton'
import { Subsection } from '../../controls/Subsection'
import { TextField } from '../../controls/TextField'
import { useAddRow } from '../../controls/use-add-row'

export function EnvFileList({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const files = readEnvFiles(service)
  const { input, set, problems, submit } = useAddRow({
    empty: { path: '' },
    check: ({ path }) => {
      const problem = envFileProblem(path, files.map((f) => f.name))
      return problem ? { path: problem } : {}
    },
    edit: ({ path }) => (f) => addEnvFilePlan(f, service.name, path),
  })
  return (
    <Subsection title="Env files">
      {files.length > 0 && (
        <ul className="space-y-1" aria-label={`Env files of ${service.name}`}>
          {files.map((f) => (
            <li key={`${f.index}:${f.name}`} className="flex items-center gap-2">
              <span className="min-w-0 flex-1 truncate font-mono text-[13px] text-slate-800 dark:text-slate-100">{f.name}</span>
              {f.origin !== 'extends' && <RemoveButton label={`Remove env file ${f.name}`} onClick={() => applyEdit((x) => removeEnvFilePlan(x, service.name, f.index))} />}
            </li>
          ))}
        </ul>
      )}
      <AddRow label="Add an env file" onSubmit={submit} button="Add" buttonLabel="Add env file">
        <TextField className="min-w-0 flex-1" label="Env file path" labelHidden value={input.path} onChange={set('path')} placeholder=".env" error={problems.path} mono />
      </AddRow>
    </Subsection>
  )
}
