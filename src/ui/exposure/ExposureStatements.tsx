// The text alternative: every edge, group membership and highlight of the diagram as a sentence, service by service.
import type { Statement } from '../../exposure/graph-types'

const DOT: Readonly<Record<Statement['exposure'], string>> = {
  risk: 'bg-rose-600 dark:bg-rose-400',
  limited: 'bg-teal-600 dark:bg-teal-400',
  none: 'bg-slate-300 dark:bg-slate-600',
}

export function ExposureStatements({ statements, id }: { statements: readonly Statement[]; id: string }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
      <h3 id={id} className="text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        The diagram in words
      </h3>
      {statements.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500 dark:text-slate-400">No services yet.</p>
      ) : (
        <ul aria-labelledby={id} className="mt-2 space-y-1 text-sm leading-snug text-slate-700 dark:text-slate-200">
          {statements.map((s, i) => (
            <li key={i} className="flex items-start gap-2">
              <span aria-hidden="true" className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${DOT[s.exposure]}`} />
              <span>
                {s.text}
                {s.exposure === 'risk' && <span className="sr-only"> (risk)</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
