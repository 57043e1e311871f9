// One finding: a click shows where it is (its service, the panel for its rule, its line); a safe fix applies in one
// click, an unsafe one after the user has seen what it changes; "Waive…" records why it does not apply, with a reason.
import { memo, useEffect, useRef, useState } from 'react'
import { RULE_BY_ID } from '../../rules/registry'
import type { Finding } from '../../rules/types'
import { planFix } from '../../rules/fix'
import { useActions, useApp } from '../../store/use-app'
import { buttonClass, primaryButtonClass } from '../controls/styles'
import { FindingFixConfirm } from './FindingFixConfirm'
import { FixKindLabel, SeverityBadge } from './FindingBadges'
import { onCardKeyDown } from './card-keys'
import { canWaive } from './waive-actions'
import { WaiveForm } from './WaiveForm'

interface Props {
  finding: Finding
  /** While the YAML cannot be read, fixes wait (they would be refused). */
  frozen: boolean
  /** Called after a fix was applied (the finding is about to disappear). */
  onFixed(): void
}

/** Same content: each analysis arrives from the worker as new objects, and a big list should re-render only what changed. */
function sameFinding(a: Finding, b: Finding): boolean {
  return (
    a === b ||
    (a.ruleId === b.ruleId &&
      a.service === b.service &&
      a.severity === b.severity &&
      a.line === b.line &&
      a.column === b.column &&
      a.message === b.message &&
      a.fix === b.fix)
  )
}

export const FindingItem = memo(FindingItemView, (a, b) => a.frozen === b.frozen && a.onFixed === b.onFixed && sameFinding(a.finding, b.finding))

function FindingItemView({ finding, frozen, onFixed }: Props) {
  const { applyEdit, explainRule, revealFinding } = useActions()
  const [confirming, setConfirming] = useState(false)
  const [waiving, setWaiving] = useState(false)
  const [expanded, setExpanded] = useState(false)
  const waiveButton = useRef<HTMLButtonElement>(null)
  const item = useRef<HTMLLIElement>(null)
  const review = useApp((s) => s.reviewFix)
  const [reviewed, setReviewed] = useState(review?.nonce)
  if (review && review.nonce !== reviewed) {
    setReviewed(review.nonce)
    if (review.ruleId === finding.ruleId && review.service === finding.service && finding.fix === 'unsafe') setConfirming(true)
  }
  useEffect(() => {
    if (confirming && review?.ruleId === finding.ruleId && review.service === finding.service) item.current?.scrollIntoView({ block: 'nearest' })
  }, [confirming, review, finding.ruleId, finding.service])
  const rule = RULE_BY_ID.get(finding.ruleId)
  const title = rule?.title ?? finding.ruleId
  const on = finding.service === null ? '' : ` on ${finding.service}`

  const applySafe = () => {
    if (applyEdit((file) => planFix(finding, file))) onFixed()
  }
  const waivable = canWaive(finding)
  const actionsHint = 'finding-card-keys'

  return (
    // The card's arrow keys move between its buttons and to the next card: the keys come from those buttons and bubble
    // here; the item itself takes no focus and no clicks.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <li
      ref={item}
      data-testid={`finding.${finding.ruleId}.${finding.service ?? 'file'}`}
      data-finding-card=""
      onKeyDown={onCardKeyDown}
      className="relative overflow-hidden rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="relative">
        <button
          type="button"
          data-card-action=""
          data-card-main=""
          aria-describedby={actionsHint}
          onClick={() => revealFinding(finding, RULE_BY_ID.get(finding.ruleId)?.panel ?? null)}
          className="block w-full px-3 py-2 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-emerald-600 dark:hover:bg-slate-800/70 dark:focus-visible:outline-emerald-400"
        >
          <span className={`flex items-start gap-2 ${finding.fix === 'none' ? '' : 'pr-12'}`}>
            <SeverityBadge severity={finding.severity} />
            <span className="min-w-0 flex-1 text-[13px] leading-4 font-medium text-slate-900 dark:text-slate-100">{title}</span>
          </span>
          <span className={`mt-1 text-xs leading-snug text-slate-600 dark:text-slate-300 ${expanded ? '' : 'line-clamp-3'}`}>{finding.message}</span>
          {expanded && rule?.howToFix && (
            <span className="mt-1 block text-xs leading-snug text-slate-600 dark:text-slate-300">
              <strong className="font-semibold">How to fix: </strong>
              {rule.howToFix}
            </span>
          )}
          <span className="mt-1 flex flex-wrap items-center gap-x-1.5 text-[11px] text-slate-500 dark:text-slate-400">
            {finding.service !== null && (
              <>
                <span className="font-mono font-medium text-slate-700 dark:text-slate-200">{finding.service}</span>
                <span aria-hidden="true">·</span>
              </>
            )}
            <span className="font-mono">line {finding.line}</span>
            <span aria-hidden="true">·</span>
            <FixKindLabel fix={finding.fix} />
            <span aria-hidden="true">·</span>
            <span className="font-mono">{finding.ruleId}</span>
          </span>
        </button>
        {finding.fix === 'safe' && (
          <button
            type="button"
            disabled={frozen}
            tabIndex={-1}
            data-card-action=""
            onClick={applySafe}
            aria-label={`Fix ${title}${on}`}
            className={`${primaryButtonClass} absolute top-1.5 right-2 px-3 py-1`}
          >
            Fix
          </button>
        )}
        {finding.fix === 'unsafe' && (
          <button
            type="button"
            disabled={frozen}
            tabIndex={-1}
            data-card-action=""
            aria-expanded={confirming}
            aria-label={`Fix… ${title}${on}`}
            onClick={() => {
              setConfirming(!confirming)
              setWaiving(false)
            }}
            className={`${buttonClass} absolute top-1.5 right-2 py-1`}
          >
            Fix…
          </button>
        )}
        <div className="-mt-1 flex justify-end gap-0.5 px-2 pb-1.5">
          <button
            type="button"
            tabIndex={-1}
            data-card-action=""
            aria-expanded={expanded}
            aria-label={`${expanded ? 'Less' : 'More'}: ${title}`}
            onClick={() => setExpanded(!expanded)}
            className="rounded px-1.5 py-0.5 text-[11px] font-medium text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:focus-visible:outline-emerald-400"
          >
            {expanded ? 'Less' : 'More'}
          </button>
          <button
            type="button"
            tabIndex={-1}
            data-card-action=""
            aria-label={`Why? ${title}`}
            onClick={() => explainRule(finding.ruleId)}
            className="rounded px-1.5 py-0.5 text-[11px] font-medium text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-emerald-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:focus-visible:outline-emerald-400"
          >
            Why?
          </button>
          {waivable && (
            <button
              ref={waiveButton}
              type="button"
              tabIndex={-1}
              data-card-action=""
              disabled={frozen}
              aria-expanded={waiving}
              aria-label={`Waive… ${title}${on}`}
              onClick={() => {
                setWaiving(!waiving)
                setConfirming(false)
              }}
              className="rounded px-1.5 py-0.5 text-[11px] font-medium text-violet-700 hover:bg-violet-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-violet-600 disabled:cursor-not-allowed disabled:opacity-50 aria-expanded:bg-violet-50 dark:text-violet-300 dark:hover:bg-violet-950/60 dark:focus-visible:outline-violet-400 dark:aria-expanded:bg-violet-950/60"
            >
              Waive…
            </button>
          )}
        </div>
      </div>
      {confirming && !frozen && (
        <FindingFixConfirm
          finding={finding}
          onCancel={() => setConfirming(false)}
          onApplied={() => {
            setConfirming(false)
            onFixed()
          }}
        />
      )}
      {waiving && !frozen && (
        <WaiveForm
          finding={finding}
          title={title}
          onCancel={() => {
            setWaiving(false)
            waiveButton.current?.focus()
          }}
          onWaived={() => {
            setWaiving(false)
            onFixed()
          }}
        />
      )}
    </li>
  )
}
