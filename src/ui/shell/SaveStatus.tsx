// Whether the document is saved in this browser. Its width never changes: every wording sits, invisible, in the same
// grid cell as the one shown, so the widest one sets the width and the toolbar beside it does not move on each edit.
import type { AppState, SaveFailure } from '../../store/app-state'
import { useApp } from '../../store/use-app'

type Shown = 'saved' | 'pending' | SaveFailure

const TEXT: Record<Shown, string> = {
  saved: 'Saved in this browser',
  pending: 'Saving…',
  full: 'Not saved: storage full',
  refused: 'Not saved: storage blocked',
  error: 'Not saved: storage error',
}

/** The longer reason, as a tooltip on the short one. */
const DETAIL: Partial<Record<Shown, string>> = {
  full: "This browser's storage for this page is full. Download the file to keep it.",
  refused: 'This browser does not let this page store anything (private mode or site settings). Download the file to keep it.',
  error: 'This browser could not store the document. Download the file to keep it.',
}

const DOT: Record<Shown, string> = {
  saved: 'bg-emerald-400',
  pending: 'bg-slate-500',
  full: 'bg-amber-400',
  refused: 'bg-amber-400',
  error: 'bg-amber-400',
}

const selectShown = (s: AppState): Shown => (s.saveState === 'failed' ? (s.saveFailure ?? 'error') : s.saveState)

export function SaveStatus() {
  const shown = useApp(selectShown)
  const failed = DETAIL[shown] !== undefined
  return (
    <div className="grid text-xs whitespace-nowrap">
      <p role="status" aria-live="polite" title={DETAIL[shown]} className={`col-start-1 row-start-1 ${failed ? 'text-amber-300' : 'text-slate-400'}`}>
        <Line shown={shown} />
      </p>
      <div aria-hidden="true" className="invisible col-start-1 row-start-1 grid">
        {(Object.keys(TEXT) as Shown[]).map((s) => (
          <span key={s} className="col-start-1 row-start-1">
            <Line shown={s} />
          </span>
        ))}
      </div>
    </div>
  )
}

function Line({ shown }: { shown: Shown }) {
  return (
    <>
      <span aria-hidden="true" className={`mr-1.5 inline-block h-1.5 w-1.5 rounded-full align-middle ${DOT[shown]}`} />
      {TEXT[shown]}
    </>
  )
}
