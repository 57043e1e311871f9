// One checklist item: its status for the file and for each service. A failing service leads to the finding that
// fails it; a waived one says why it was waived; a manual item is a checkbox the user ticks (kept in this browser).
import { RULE_BY_ID } from '../../rules/registry'
import type { ChecklistEntry, ServiceItemResult } from '../../scoring/checklist'
import type { Finding } from '../../rules/types'
import { selectFindings } from '../../store/analysis-selectors'
import { isManualItem } from '../../scoring/manual-ticks'
import { useActions, useApp } from '../../store/use-app'
import { Checkbox } from '../controls/Checkbox'
import { STATUS_WORD, StatusIcon, StatusPill } from './ChecklistStatus'

export function ChecklistItem({ entry }: { entry: ChecklistEntry }) {
  if (isManualItem(entry.id)) return <ManualItem entry={entry} />
  return (
    <li data-testid={`checklist.${entry.id}`} className="flex items-start gap-2.5 px-3 py-2">
      <StatusIcon status={entry.status} className="mt-0.5 h-4 w-4" />
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-2">
          <p className="text-[13px] leading-5 text-slate-800 dark:text-slate-100">{entry.item}</p>
          <StatusPill status={entry.status} />
        </div>
        {entry.services.length > 0 && <ServiceStatuses entry={entry} />}
      </div>
    </li>
  )
}

function ServiceStatuses({ entry }: { entry: ChecklistEntry }) {
  return (
    <ul aria-label={`${entry.item}: by service`} className="mt-1.5 flex flex-wrap gap-1">
      {entry.services.map((s) => (
        <li key={s.name}>{s.status === 'fail' ? <FailingService entry={entry} result={s} /> : <ServiceChip result={s} />}</li>
      ))}
    </ul>
  )
}

const chipClass = 'inline-flex max-w-full items-center gap-1 rounded-full px-2 py-0.5 font-mono text-[11px] ring-1 ring-inset'

function ServiceChip({ result }: { result: ServiceItemResult }) {
  const waived = result.status === 'waived' ? [...new Set(result.waived.map((w) => w.reason))].join('; ') : ''
  return (
    <span
      title={result.status === 'consider' ? `Advice: ${result.reasons.join(', ')}` : waived ? `Waived (${result.waived.map((w) => w.ruleId).join(', ')}): ${waived}` : undefined}
      className={`${chipClass} ${
        result.status === 'pass'
          ? 'bg-white text-slate-700 ring-slate-200 dark:bg-slate-900 dark:text-slate-200 dark:ring-slate-700'
          : result.status === 'consider'
            ? 'bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950/50 dark:text-sky-200 dark:ring-sky-800'
            : result.status === 'waived'
              ? 'bg-violet-50 text-violet-900 ring-violet-200 dark:bg-violet-950/50 dark:text-violet-100 dark:ring-violet-800'
              : 'bg-slate-50 text-slate-500 ring-slate-200 dark:bg-slate-800/60 dark:text-slate-400 dark:ring-slate-700'
      }`}
    >
      <StatusIcon status={result.status} className="h-3 w-3" />
      <span className="truncate">{result.name}</span>
      {waived ? (
        <span className="truncate font-sans">waived ({waived})</span>
      ) : (
        <span className="sr-only">{STATUS_WORD[result.status]}</span>
      )}
    </span>
  )
}

/** A failing service is a button to the finding that fails it (its panel and its line). */
function FailingService({ entry, result }: { entry: ChecklistEntry; result: ServiceItemResult }) {
  const findings = useApp(selectFindings)
  const { revealFinding, selectService } = useActions()
  const cause: Finding | undefined = findings.find((f) => f.service === result.name && result.reasons.includes(f.ruleId))
  const why = cause ? cause.message : result.reasons.join('; ')
  return (
    <button
      type="button"
      title={why}
      aria-label={`${result.name} fails ${entry.item}: show why`}
      onClick={() => (cause ? revealFinding(cause, RULE_BY_ID.get(cause.ruleId)?.panel ?? null) : selectService(result.name))}
      className={`${chipClass} bg-rose-50 text-rose-800 ring-rose-200 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-rose-600 dark:bg-rose-950/50 dark:text-rose-200 dark:ring-rose-800 dark:hover:bg-rose-900/60 dark:focus-visible:outline-rose-400`}
    >
      <StatusIcon status="fail" className="h-3 w-3" />
      <span className="truncate">{result.name}</span>
    </button>
  )
}

function ManualItem({ entry }: { entry: ChecklistEntry }) {
  const { setTicked } = useActions()
  const ticked = entry.status === 'pass'
  const id = `checklist-${entry.id}`
  return (
    <li data-testid={`checklist.${entry.id}`} className="flex items-start gap-2.5 px-3 py-2">
      <Checkbox id={id} checked={ticked} describedBy={`${id}-hint`} onChange={(on) => setTicked(entry.id, on)} />
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-2">
          <label htmlFor={id} className="cursor-pointer text-[13px] leading-5 text-slate-800 dark:text-slate-100">
            {entry.item}
          </label>
          <StatusPill status={ticked ? 'pass' : 'manual'} word={ticked ? 'Done' : 'To do'} />
        </div>
        <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-500 dark:text-slate-400">
          Outside the compose file: tick it when your deployment does it.
        </p>
      </div>
    </li>
  )
}
