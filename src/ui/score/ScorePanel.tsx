// The file's score and grade (the weakest service decides; the mean beside it), each service's, and on request the
// points each service lost. Derived from the findings of the last readable text, so it follows typing and edits.
import { useState } from 'react'
import type { Grade } from '../../scoring/score'
import { selectAnalysisStale, selectReport } from '../../store/analysis-selectors'
import { useApp } from '../../store/use-app'
import { AnalysisStatus, EngineFallbackNote } from './AnalysisStatus'
import { ScoreBreakdown } from './ScoreBreakdown'
import { GradeBadge } from './ScoreGrade'

const BAR: Readonly<Record<Grade, string>> = {
  A: 'bg-emerald-500',
  B: 'bg-teal-500',
  C: 'bg-amber-400',
  D: 'bg-orange-500',
  F: 'bg-rose-600 dark:bg-rose-500',
}

export function ScorePanel() {
  const { score, services, noScoreReason } = useApp(selectReport)
  const stale = useApp(selectAnalysisStale)
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (name: string) => {
    const next = new Set(open)
    if (!next.delete(name)) next.add(name)
    setOpen(next)
  }

  return (
    <section aria-labelledby="score-title" className="rounded-xl border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-700 dark:bg-slate-900">
      <div className="flex items-baseline px-1 pb-2">
        <h2 id="score-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
          Security score
        </h2>
        <AnalysisStatus />
      </div>
      <EngineFallbackNote />
      {!score ? (
        <p className="px-1 pb-1 text-xs leading-relaxed text-slate-600 dark:text-slate-300">{noScoreReason}</p>
      ) : (
        <>
          <div className={`flex items-center gap-3 px-1 ${stale ? 'opacity-60' : ''}`}>
            <GradeBadge grade={score.grade} size="lg" />
            <div className="min-w-0">
              <p className="leading-none text-slate-900 dark:text-slate-50">
                <span className="text-3xl font-bold tabular-nums" data-testid="score.file">
                  {score.value}
                </span>
                <span className="text-sm text-slate-500 dark:text-slate-400"> / 100</span>
              </p>
              <p className="mt-1 text-[11px] leading-snug text-slate-500 dark:text-slate-400">
                {services.length > 1 ? (
                  <>
                    Weakest service: <span className="font-mono">{score.weakest.join(', ')}</span> · mean {score.mean}
                  </>
                ) : (
                  'The only service decides.'
                )}
              </p>
            </div>
          </div>
          {stale && <p className="mt-2 px-1 text-[11px] text-amber-800 dark:text-amber-300">Score of the last readable version.</p>}
          <ul aria-label="Scores by service" className="mt-3 space-y-0.5 border-t border-slate-100 pt-2 dark:border-slate-800">
            {services.map((s) => {
              const expanded = open.has(s.name)
              const body = `score-breakdown-${s.name}`
              return (
                <li key={s.name} data-testid={`score.${s.name}`} className={`rounded-lg ${expanded ? 'bg-slate-50 dark:bg-slate-800/50' : ''}`}>
                  <button
                    type="button"
                    aria-expanded={expanded}
                    aria-controls={expanded ? body : undefined}
                    onClick={() => toggle(s.name)}
                    className="flex w-full items-center gap-2 rounded-lg px-2 py-1.5 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-emerald-600 dark:hover:bg-slate-800/70 dark:focus-visible:outline-emerald-400"
                  >
                    <svg aria-hidden="true" viewBox="0 0 16 16" className={`h-3 w-3 shrink-0 text-slate-400 transition-transform ${expanded ? 'rotate-90' : ''}`} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                      <path d="M6 3.5L10.5 8 6 12.5" />
                    </svg>
                    <span className="w-20 min-w-0 truncate font-mono text-xs text-slate-800 dark:text-slate-100">{s.name}</span>
                    <span aria-hidden="true" className="h-1.5 min-w-0 flex-1 overflow-hidden rounded-full bg-slate-100 dark:bg-slate-800">
                      <span className={`block h-full rounded-full ${BAR[s.grade]}`} style={{ width: `${s.score}%` }} />
                    </span>
                    <span className="w-7 shrink-0 text-right text-xs font-semibold text-slate-800 tabular-nums dark:text-slate-100">
                      {s.score}
                    </span>
                    <GradeBadge grade={s.grade} />
                    <span className="sr-only">: points lost</span>
                  </button>
                  {expanded && <ScoreBreakdown service={s} id={body} />}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
