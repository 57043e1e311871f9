// "docker run": the selected service as the command that starts the same container (merge keys and extends resolved by
// the core's service view), with a Copy button, the commands to run first, and what has no docker run option.
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { serviceToRun } from '../../convert/compose-to-run'
import { selectShown } from '../../store/selectors'
import { useApp } from '../../store/use-app'
import { Dialog } from '../controls/Dialog'
import { DialogHeader } from '../controls/DialogHeader'
import { buttonClass, primaryButtonClass } from '../controls/styles'

export function RunCommandButton({ name }: { name: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className={buttonClass} onClick={() => setOpen(true)} title={`The docker run command that starts ${name}`}>
        docker run
      </button>
      {open && <ServiceRunDialog name={name} onClose={() => setOpen(false)} />}
    </>
  )
}

const preClass = 'overflow-x-auto rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-relaxed whitespace-pre text-slate-900 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100'

function ServiceRunDialog({ name, onClose }: { name: string; onClose(): void }) {
  const id = useId()
  const file = useApp(selectShown)
  const run = useMemo(() => serviceToRun(file, name), [file, name])
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const text = run ? [...run.before, run.command].join('\n') : ''

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(text)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setCopy('idle'), 2500)
  }

  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-desc`} onClose={onClose} className="w-[min(48rem,calc(100vw-2rem))]">
      <div className="flex max-h-[calc(100dvh-2rem)] flex-col">
        <DialogHeader
          id={id}
          title={
            <>
              <span className="font-mono">{name}</span> as docker run
            </>
          }
          description="The command that starts the same container, with inherited settings (anchors, extends) resolved. Settings with no docker run option are listed below it."
          onClose={onClose}
        />
        <div className="min-h-0 flex-1 space-y-3 overflow-y-auto px-5 py-4">
          {!run ? (
            <p className="text-sm">The document has no service called {name} any more.</p>
          ) : (
            <>
              {run.before.length > 0 && (
                <section aria-label="Run first" className="space-y-1">
                  <h3 className="text-xs font-semibold text-slate-600 dark:text-slate-300">Run first</h3>
                  <pre className={preClass}>{run.before.join('\n')}</pre>
                </section>
              )}
              <section aria-label="Command" className="space-y-1">
                <h3 className="text-xs font-semibold text-slate-600 dark:text-slate-300">Command</h3>
                <pre className={preClass} data-testid="run-command">
                  {run.command}
                </pre>
              </section>
              {run.notes.length > 0 && (
                <section aria-label="No docker run option" className="rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
                  <h3 className="mb-1 font-semibold">Not in the command</h3>
                  <ul className="list-disc space-y-1 pl-4 leading-relaxed">
                    {run.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                </section>
              )}
            </>
          )}
        </div>
        <div className="flex items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 dark:border-slate-700">
          <p role="status" className="text-xs text-slate-600 dark:text-slate-300">
            {copy === 'copied' ? 'Copied the command to the clipboard.' : copy === 'failed' ? 'Copy failed: select the command and press Ctrl+C.' : ''}
          </p>
          <div className="flex gap-2">
            <button type="button" className={buttonClass} onClick={onClose}>
              Close
            </button>
            <button type="button" className={primaryButtonClass} disabled={!run} onClick={onCopy}>
              {copy === 'copied' ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      </div>
    </Dialog>
  )
}
