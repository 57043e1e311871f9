// "Import docker run…": paste commands, see the services they give as a diff against the document, then merge them
// (one plan through applyEdit: one Ctrl+Z undoes it) or open them as a new document (after the replace confirmation,
// as templates do). Nothing the conversion could not do is hidden: it is listed beside the commands.
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { previewImport } from '../../convert/import-preview'
import { useActions, useAppStore } from '../../store/use-app'
import { Dialog } from '../controls/Dialog'
import { DialogHeader } from '../controls/DialogHeader'
import { buttonClass, inputClass, labelClass, primaryButtonClass } from '../controls/styles'
import { TextDiff } from '../diff/TextDiff'
import type { Say } from '../shell/ImportControls'
import { ReplaceConfirm } from '../shell/ReplaceConfirm'
import { ImportRunNotes } from './ImportRunNotes'

const DIFF_LABELS = { original: 'Current', modified: 'With the imported services' }

const PLACEHOLDER = 'docker run -d --name web \\\n  -p 127.0.0.1:8080:80 \\\n  --read-only --tmpfs /tmp \\\n  nginx:1.27'

export function ImportRunDialog({ onClose, say }: { onClose(): void; say: Say }) {
  const store = useAppStore()
  const { applyEdit } = useActions()
  const id = useId()
  const [original] = useState(() => store.getState().text)
  const [commands, setCommands] = useState('')
  const [confirming, setConfirming] = useState(false)
  const textarea = useRef<HTMLTextAreaElement>(null)
  // The dialog's own effect (show(), a child's) has run and focused its first button: the commands come first.
  useEffect(() => textarea.current?.focus(), [])
  const deferred = useDeferredValue(commands)
  const preview = useMemo(() => previewImport(original, deferred), [original, deferred])
  const names = preview.result.services.map((s) => s.name)
  const ready = deferred === commands && names.length > 0

  const merge = () => {
    if (!preview.plan) return
    if (applyEdit(preview.plan, { selected: names[0] })) {
      onClose()
      say({ tone: 'success', text: `Added ${names.join(', ')} from docker run. Ctrl+Z in the editor undoes it.` })
    }
  }
  const replace = () => {
    applyEdit({ replaceDocument: preview.result.yaml }, { selected: names[0] })
    onClose()
    say({ tone: 'success', text: `Opened the converted services as a new document. Ctrl+Z in the editor brings back the previous text.` })
  }
  const openAsNew = () => (original.trim() === '' ? replace() : setConfirming(true))

  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-desc`} onClose={onClose} className="h-[min(54rem,calc(100dvh-2rem))] w-[min(84rem,calc(100vw-2rem))]">
      <div className="flex h-full flex-col">
        <DialogHeader
          id={id}
          title="Import docker run commands"
          description="Paste one or more commands (line continuations, quotes and $VAR are read as a shell would). The services they give are shown as a change to the document; options with no Compose equivalent are listed, never dropped silently."
          onClose={onClose}
        />
        <div className="grid min-h-0 flex-1 grid-cols-1 grid-rows-2 md:grid-cols-[minmax(0,26rem)_minmax(0,1fr)] md:grid-rows-1">
          <section aria-label="Commands" className="min-h-0 space-y-3 overflow-y-auto border-b border-slate-200 bg-slate-50/60 p-4 md:border-r md:border-b-0 dark:border-slate-700 dark:bg-slate-950/40">
            <div>
              <label htmlFor={`${id}-commands`} className={labelClass}>
                docker run commands
              </label>
              <textarea
                ref={textarea}
                id={`${id}-commands`}
                value={commands}
                onChange={(e) => setCommands(e.target.value)}
                placeholder={PLACEHOLDER}
                spellCheck={false}
                rows={10}
                className={`${inputClass} resize-y font-mono text-xs leading-relaxed`}
              />
            </div>
            {deferred.trim() !== '' && <ImportRunNotes preview={preview} />}
          </section>
          <section aria-label="Change to the document" className="flex min-h-0 flex-col">
            <div className="min-h-0 flex-1">
              <TextDiff original={original} modified={preview.merged ?? original} labels={DIFF_LABELS} />
            </div>
          </section>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 dark:border-slate-700">
          <p role="status" className="text-xs text-slate-600 dark:text-slate-300">
            {names.length ? `${names.length === 1 ? 'Service' : 'Services'}: ${names.join(', ')}.` : deferred.trim() ? 'No service to add yet.' : 'Paste a docker run command.'}
          </p>
          <div className="flex gap-2">
            <button type="button" className={buttonClass} onClick={onClose}>
              Cancel
            </button>
            <button type="button" className={buttonClass} disabled={!ready} onClick={openAsNew}>
              Open as new document
            </button>
            <button type="button" className={primaryButtonClass} disabled={!ready || preview.plan === null} onClick={merge}>
              Merge into document
            </button>
          </div>
        </div>
      </div>
      {confirming && (
        <ReplaceConfirm
          title="Replace the document with the converted services?"
          replacement="the converted services"
          confirmLabel="Replace the document"
          onCancel={() => setConfirming(false)}
          onConfirm={replace}
        />
      )}
    </Dialog>
  )
}
