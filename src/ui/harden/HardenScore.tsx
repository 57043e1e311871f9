// The file's score before and after the ticked fixes: the weakest service decides it (see src/scoring).
import type { FileScore } from '../../scoring/score'
import { GradeBadge } from '../score/ScoreGrade'

function ScoreValue({ score, label }: { score: FileScore | null; label: string }) {
  return (
    <div className="flex flex-col items-center gap-0.5">
      <span className="text-[10px] font-medium tracking-wide text-slate-500 uppercase dark:text-slate-400">{label}</span>
      {score ? (
        <span className="flex items-center gap-1.5">
          <span className="text-lg font-semibold tabular-nums">{score.value}</span>
          <GradeBadge grade={score.grade} />
        </span>
      ) : (
        <span className="text-lg font-semibold text-slate-400">–</span>
      )}
    </div>
  )
}

export function HardenScore({ before, after, pending, computing = false }: { before: FileScore | null; after: FileScore | null; pending: boolean; computing?: boolean }) {
  const text = computing ? 'Computing the score after the fixes…' : before && after ? `Score ${before.value} (${before.grade}) now, ${after.value} (${after.grade}) after the ticked fixes.` : 'No score: the file has no services.'
  return (
    <div className={`flex items-center gap-3 rounded-lg bg-slate-50 px-3 py-1.5 ring-1 ring-slate-200 ring-inset transition-opacity dark:bg-slate-800 dark:ring-slate-700 ${pending ? 'opacity-60' : ''}`}>
      <p className="sr-only" data-testid="harden.score">
        {text}
      </p>
      <div aria-hidden="true" className="flex items-center gap-3">
        <ScoreValue score={before} label="Now" />
        <svg viewBox="0 0 24 24" className="h-4 w-4 text-slate-400" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M5 12h14m-5-5 5 5-5 5" />
        </svg>
        <ScoreValue score={after} label="After" />
      </div>
    </div>
  )
}
