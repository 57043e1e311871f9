// Says when the analysis on screen is catching up with the text (only after 150 ms, so quick answers never flicker),
// and, for good, when the engine runs on the page because its background worker could not start.
import { selectAnalysisPending } from '../../store/analysis-selectors'
import { useApp } from '../../store/use-app'
import { useDelayed } from '../controls/use-delayed'

export function AnalysisStatus() {
  const updating = useDelayed(useApp(selectAnalysisPending), 150)
  return (
    <span role="status" className="ml-auto text-[11px] font-normal tracking-normal normal-case text-slate-500 dark:text-slate-400">
      {updating ? 'Updating…' : ''}
    </span>
  )
}

export function EngineFallbackNote() {
  const reason = useApp((s) => s.engineFallback)
  if (!reason) return null
  return (
    <p className="mb-2 rounded-md bg-amber-50 px-2 py-1.5 text-[11px] leading-snug text-amber-900 dark:bg-amber-950/60 dark:text-amber-200">
      The analysis runs on this page because {reason}. Everything works; big files may feel slower.
    </p>
  )
}
