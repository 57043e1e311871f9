// Before an unsafe fix (one that may break the workload): what it does, the exact change to the YAML, and a choice.
import { useEffect, useId, useMemo, useRef } from 'react'
import { RULE_BY_ID } from '../../rules/registry'
import type { Finding } from '../../rules/types'
import type { AppState } from '../../store/app-state'
import { parseMemo } from '../../store/parse-memo'
import { planFix } from '../../rules/fix'
import { changedLines, previewFix } from '../../rules/fix-preview'
import { useActions, useApp } from '../../store/use-app'
import { buttonClass } from '../controls/styles'

const selectText = (s: AppState) => s.text
/** Lines of the change shown before the rest is summed up. */
const MAX_LINES = 14

interface Props {
  finding: Finding
  onCancel(): void
  onApplied(): void
}

export function FindingFixConfirm({ finding, onCancel, onApplied }: Props) {
  const text = useApp(selectText)
  const { applyEdit } = useActions()
  const preview = useMemo(() => previewFix(finding, parseMemo(text)), [finding, text])
  const rule = RULE_BY_ID.get(finding.ruleId)
  const id = useId()
  // The safe choice takes the focus, so Enter right after "Fix…" changes nothing.
  const cancel = useRef<HTMLButtonElement>(null)
  useEffect(() => cancel.current?.focus(), [])

  const apply = () => {
    if (applyEdit((file) => planFix(finding, file))) onApplied()
  }

  return (
    <div
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      className="space-y-2 border-t border-amber-200 bg-amber-50/70 px-3 py-2.5 dark:border-amber-900/60 dark:bg-amber-950/30"
    >
      <p id={`${id}-title`} className="text-xs font-semibold text-amber-950 dark:text-amber-100">
        Apply this fix? It may break the workload.
      </p>
      {/* What this fix does on this service (the image's own needs when the image table knows it), else the rule's text. */}
      {(preview.ok ? preview.description : rule?.fixDescription) && (
        <p id={`${id}-what`} className="text-xs leading-relaxed text-slate-700 dark:text-slate-300">
          {preview.ok ? preview.description : rule?.fixDescription}
        </p>
      )}
      {preview.ok ? (
        <FixDiff before={text} after={preview.text} />
      ) : (
        <p role="status" className="text-xs text-rose-800 dark:text-rose-300">
          {preview.error}
        </p>
      )}
      <div className="flex items-center justify-between gap-2">
        <p className="text-[11px] text-slate-600 dark:text-slate-400">Ctrl+Z in the editor undoes it.</p>
        <div className="flex shrink-0 gap-2">
          <button ref={cancel} type="button" className={buttonClass} onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            disabled={!preview.ok}
            onClick={apply}
            className="inline-flex items-center justify-center rounded-md bg-amber-700 px-2.5 py-1.5 text-xs font-semibold text-white shadow-xs hover:bg-amber-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 disabled:cursor-not-allowed disabled:opacity-50 dark:bg-amber-500 dark:text-amber-950 dark:hover:bg-amber-400 dark:focus-visible:outline-amber-400"
          >
            Apply fix
          </button>
        </div>
      </div>
    </div>
  )
}

/** The changed lines, old ones struck out and new ones added, as in a unified diff. */
function FixDiff({ before, after }: { before: string; after: string }) {
  const change = changedLines(before, after)
  if (!change) return <p className="text-xs text-slate-600 dark:text-slate-400">The YAML would not change.</p>
  const rows = [
    ...change.removed.map((line) => ({ sign: '-' as const, line })),
    ...change.added.map((line) => ({ sign: '+' as const, line })),
  ]
  const shown = rows.slice(0, MAX_LINES)
  return (
    <figure className="overflow-hidden rounded-md border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950">
      <figcaption className="border-b border-slate-200 px-2 py-1 text-[11px] text-slate-600 dark:border-slate-700 dark:text-slate-400">
        Change from line {change.line}
      </figcaption>
      <pre className="max-h-52 overflow-y-auto py-1 font-mono text-[11px] leading-4">
        {shown.map((r, i) => (
          <div
            key={i}
            className={`px-2 whitespace-pre-wrap [overflow-wrap:anywhere] ${
              r.sign === '-'
                ? 'bg-rose-50 text-rose-900 dark:bg-rose-950/50 dark:text-rose-200'
                : 'bg-emerald-50 text-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-200'
            }`}
          >
            <span className="sr-only">{r.sign === '-' ? 'removed: ' : 'added: '}</span>
            <span aria-hidden="true" className="mr-2 select-none">
              {r.sign}
            </span>
            {r.line || ' '}
          </div>
        ))}
        {rows.length > shown.length && <div className="px-2 text-slate-500 dark:text-slate-400">… {rows.length - shown.length} more changed lines</div>}
      </pre>
    </figure>
  )
}
