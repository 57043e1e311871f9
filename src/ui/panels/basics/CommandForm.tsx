// Command and entrypoint as lines of shell words (a list in the file stays a list, a string stays a string).
import type { ComposeFile, ServiceView } from '../../../compose/types'
import { commandText, setCommandPlan } from '../../../edits/basics'
import { combined } from '../../../edits/edit-result'
import { splitArgs } from '../../../edits/health-logging'
import { useActions } from '../../../store/use-app'
import { ApplyButton } from '../../controls/ApplyButton'
import { commitHandlers } from '../../controls/commit-on-leave'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

export function CommandForm({ file, service }: { file: ComposeFile; service: ServiceView }) {
  const { applyEdit } = useActions()
  const commandNow = commandText(file, service.name, 'command')
  const entrypointNow = commandText(file, service.name, 'entrypoint')
  const [command, setCommand] = useDraft(commandNow)
  const [entrypoint, setEntrypoint] = useDraft(entrypointNow)
  const problemOf = (text: string, now: string) => {
    const words = text === now ? [] : splitArgs(text)
    return typeof words === 'string' ? words : undefined
  }
  const commandProblem = problemOf(command, commandNow)
  const entrypointProblem = problemOf(entrypoint, entrypointNow)
  const dirty = command !== commandNow || entrypoint !== entrypointNow
  const commit = () => {
    if (!dirty || commandProblem || entrypointProblem) return
    // Both lines in one edit: one Ctrl+Z.
    applyEdit((f) => combined(`Set the command of ${service.name}`, [
      entrypoint !== entrypointNow ? setCommandPlan(f, service.name, { key: 'entrypoint', text: entrypoint }) : null,
      command !== commandNow ? setCommandPlan(f, service.name, { key: 'command', text: command }) : null,
    ]))
  }
  return (
    <form aria-label="Command and entrypoint" className="space-y-2" {...commitHandlers(commit)}>
      <div className="grid grid-cols-2 gap-3">
        <TextField label="Entrypoint" value={entrypoint} onChange={setEntrypoint} placeholder="the image's" mono error={entrypointProblem} />
        <TextField label="Command" value={command} onChange={setCommand} placeholder="the image's" mono error={commandProblem} />
      </div>
      <div className="flex items-center justify-between gap-2">
        <p className="text-[11px] text-slate-500 dark:text-slate-400">Shell words; quote a word with spaces. Empty: the image’s own.</p>
        <ApplyButton dirty={dirty} invalid={commandProblem !== undefined || entrypointProblem !== undefined}>
          Apply command
        </ApplyButton>
      </div>
    </form>
  )
}
