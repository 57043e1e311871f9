// One tmpfs mount: path, size and mode, written back as one short-syntax entry when focus leaves the row.
import type { TmpfsMount } from '../../../compose/read/settings'
import { removeTmpfsPlan, tmpfsInputProblems, updateTmpfsPlan } from '../../../edits/filesystem'
import { useActions } from '../../../store/use-app'
import { commitHandlers } from '../../controls/commit-on-leave'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

interface TmpfsRowProps {
  service: string
  mount: TmpfsMount
  /** 1-based, for the controls' accessible names. */
  position: number
}

export function TmpfsRow({ service, mount, position }: TmpfsRowProps) {
  const { applyEdit } = useActions()
  const [path, setPath] = useDraft(mount.path)
  const [size, setSize] = useDraft(mount.size ?? '')
  const [mode, setMode] = useDraft(mount.mode ?? '')
  const dirty = path !== mount.path || size !== (mount.size ?? '') || mode !== (mount.mode ?? '')
  const problems = dirty ? tmpfsInputProblems({ path, size, mode }) : {}

  const commit = () => {
    if (dirty && Object.keys(problems).length === 0) applyEdit((f) => updateTmpfsPlan(f, service, { index: mount.index, path, size, mode }))
  }

  return (
    <form aria-label={`tmpfs mount ${position}`} className="grid grid-cols-[minmax(0,1fr)_5rem_4.5rem_auto] items-start gap-2" {...commitHandlers(commit)}>
      <TextField label={`Path of mount ${position}`} labelHidden value={path} onChange={setPath} error={problems.path} mono />
      <TextField label={`Size of mount ${position}`} labelHidden value={size} onChange={setSize} placeholder="64m" error={problems.size} mono />
      <TextField label={`Mode of mount ${position}`} labelHidden value={mode} onChange={setMode} placeholder="1777" error={problems.mode} mono />
      <button
        type="button"
        aria-label={`Remove mount ${mount.path}`}
        title={`Remove ${mount.path}`}
        onClick={() => applyEdit((f) => removeTmpfsPlan(f, service, mount.index))}
        className="mt-0.5 inline-flex h-7 w-7 items-center justify-center rounded-md text-slate-400 hover:bg-rose-50 hover:text-rose-700 focus-visible:outline-2 focus-visible:outline-rose-600 disabled:opacity-50 dark:text-slate-500 dark:hover:bg-rose-950/60 dark:hover:text-rose-300 dark:focus-visible:outline-rose-400"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round">
          <path d="M4 4l8 8M12 4l-8 8" />
        </svg>
      </button>
      {/* Enter commits the row; the button stays out of the tab order and of sight. */}
      <button type="submit" hidden tabIndex={-1} aria-label={`Apply mount ${position}`} />
    </form>
  )
}
