// "Harden…": tick fixes, see the combined change as a diff and the score before -> after, apply it as ONE edit
// (applyEdit with the hardened document), so a single Ctrl+Z in the editor restores the original byte for byte.
import { useId, useMemo, useState } from 'react'
import { selectParseError } from '../../store/selectors'
import { useActions, useApp, useAppStore } from '../../store/use-app'
import { Dialog } from '../controls/Dialog'
import { DialogHeader } from '../controls/DialogHeader'
import { buttonClass, primaryButtonClass, toolbarButtonClass } from '../controls/styles'
import { TextDiff } from '../diff/TextDiff'
import { HardenFixGroup } from './HardenFixList'
import { HardenScore } from './HardenScore'
import { useHarden } from './use-harden'
import type { Say } from '../shell/ImportControls'
import { HARDEN_OPENED, HARDEN_SHOWN, usePerfMark } from '../shell/perf-marks'

const DIFF_LABELS = { original: 'Current', modified: 'Hardened' }

const plural = (n: number, one: string, many = `${one}es`) => `${n} ${n === 1 ? one : many}`

export function HardenControl({ say }: { say: Say }) {
  const [open, setOpen] = useState(false)
  const broken = useApp(selectParseError) !== null
  return (
    <>
      <button
        type="button"
        disabled={broken}
        title={broken ? 'Fix the YAML in the editor first' : 'Review and apply the automatic fixes'}
        onClick={() => setOpen(true)}
        className={`${toolbarButtonClass} bg-emerald-700 font-semibold text-white ring-emerald-600 hover:bg-emerald-600`}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="h-3.5 w-3.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
          <path d="M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6l7-3z" />
        </svg>
        Harden…
      </button>
      {open && <HardenDialog onClose={() => setOpen(false)} say={say} />}
    </>
  )
}

function HardenDialog({ onClose, say }: { onClose(): void; say: Say }) {
  const store = useAppStore()
  const { applyEdit } = useActions()
  const id = useId()
  // The document as it was when the dialog opened; the modal keeps it from changing underneath.
  const [original] = useState(() => store.getState().text)
  // The engine lists the fixes and computes the change off the page's thread: the dialog is on screen at once.
  const { choices: listed, selected, view, pending, error: engineError, toggle, setAll } = useHarden(original)
  const choices = listed ?? []
  const result = view?.result ?? null
  const failed = useMemo(() => new Map(view?.failed ?? []), [view])
  const [error, setError] = useState<string | null>(null)
  const applying = [...selected].filter((k) => !failed.has(k)).length
  const changed = result !== null && result.text !== original
  usePerfMark(HARDEN_OPENED, original)
  usePerfMark(HARDEN_SHOWN, view, undefined, !pending)

  const apply = () => {
    if (!result) return
    if (store.getState().text !== original) {
      setError('The document changed while this dialog was open. Close it and choose Harden again.')
      return
    }
    applyEdit({ replaceDocument: result.text })
    onClose()
    const b = result.before.score
    const a = result.after.score
    say({
      tone: 'success',
      text: `Hardened: ${plural(applying, 'fix')} applied${b && a ? `, score ${b.value} → ${a.value}` : ''}. Ctrl+Z in the editor undoes it.`,
    })
  }

  const safe = choices.filter((c) => c.fix === 'safe')
  const unsafe = choices.filter((c) => c.fix === 'unsafe')
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-desc`} onClose={onClose} className="h-[min(54rem,calc(100dvh-2rem))] w-[min(84rem,calc(100vw-2rem))]">
      <div className="flex h-full flex-col">
        <DialogHeader
          id={id}
          title="Harden compose.yaml"
          description="Tick the fixes to apply and review the combined change. Applying replaces the text in one edit, so Ctrl+Z in the editor undoes all of it."
          onClose={onClose}
        >
          <HardenScore before={result?.before.score ?? null} after={result?.after.score ?? null} pending={pending} computing={result === null} />
        </DialogHeader>
        <div className="grid min-h-0 flex-1 grid-cols-1 grid-rows-2 md:grid-cols-[minmax(0,23rem)_minmax(0,1fr)] md:grid-rows-1">
          {/* relative: the lists' screen-reader-only text is placed inside this scrolling box, not the dialog's (which
              it made scrollable, so ticking a fix could scroll the whole dialog). */}
          <section aria-label="Fixes" className="relative min-h-0 space-y-5 overflow-y-auto border-b border-slate-200 bg-slate-50/60 p-4 md:border-r md:border-b-0 dark:border-slate-700 dark:bg-slate-950/40">
            {listed === null ? (
              <Computing text={engineError ?? 'Finding the fixes for this file…'} />
            ) : choices.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-300">
                Nothing to fix automatically: no finding of this file has an automatic fix. The checklist lists what is left to change by hand.
              </p>
            ) : (
              <>
                <HardenFixGroup kind="safe" choices={safe} selected={selected} failed={failed} onToggle={toggle} onAll={setAll} />
                <HardenFixGroup kind="unsafe" choices={unsafe} selected={selected} failed={failed} onToggle={toggle} onAll={setAll} />
              </>
            )}
          </section>
          <section aria-label="Combined change" className="flex min-h-0 flex-col">
            <div className="min-h-0 flex-1">
              <TextDiff original={original} modified={result?.text ?? null} chunks={view?.diff} labels={DIFF_LABELS} computingText="Computing the hardened version…" />
            </div>
          </section>
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-5 py-3 dark:border-slate-700">
          <p role="status" className="text-xs text-slate-600 dark:text-slate-300">
            {error ?? engineError ?? (listed === null ? 'Computing the fixes…' : pending ? 'Updating the change…' : summary(selected.size, failed.size, changed))}
          </p>
          <div className="flex gap-2">
            <button type="button" className={buttonClass} onClick={onClose}>
              Cancel
            </button>
            <button type="button" className={primaryButtonClass} disabled={pending || !changed} onClick={apply}>
              Apply {plural(applying, 'fix')}
            </button>
          </div>
        </div>
      </div>
    </Dialog>
  )
}

function Computing({ text }: { text: string }) {
  return (
    <p className="flex items-center gap-2 text-sm text-slate-600 dark:text-slate-300">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-4 w-4 animate-spin text-emerald-600 motion-reduce:animate-none dark:text-emerald-400" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round">
        <path d="M12 3a9 9 0 1 0 9 9" />
      </svg>
      {text}
    </p>
  )
}

function summary(ticked: number, failed: number, changed: boolean): string {
  if (ticked === 0) return 'No fix is ticked.'
  const notApplied = failed ? `; ${failed} could not be applied (see the list)` : ''
  return changed ? `${plural(ticked, 'fix')} ticked${notApplied}.` : `The ticked fixes change nothing${notApplied}.`
}
