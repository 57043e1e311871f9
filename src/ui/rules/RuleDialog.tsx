// "Why?": a rule's reference page inside the app (no request): what it checks, why it matters, how to fix it by hand,
// what the automatic fix does, and its CIS / seed references. The same facts as docs/rules.md (rules/rule-reference.ts).
import { useId } from 'react'
import { ruleFacts } from '../../rules/rule-reference'
import { RULE_BY_ID } from '../../rules/registry'
import { useActions, useApp } from '../../store/use-app'
import { Dialog } from '../controls/Dialog'
import { buttonClass } from '../controls/styles'
import { SeverityBadge } from '../findings/FindingBadges'

/** Renders `code` spans of a rule's prose as <code>. */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[12px] text-slate-800 dark:bg-slate-800 dark:text-slate-200">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  )
}

function Reference({ text }: { text: string }) {
  if (!/^https?:\/\//.test(text)) return <>{text}</>
  return (
    <a href={text} target="_blank" rel="noreferrer noopener" className="break-all text-emerald-800 underline hover:no-underline dark:text-emerald-300">
      {text}
    </a>
  )
}

/** Mounted once in the app: shows the rule the store asks to explain. */
export function RuleDialogHost() {
  const explain = useApp((s) => s.explain)
  const { explainRule } = useActions()
  const rule = explain ? RULE_BY_ID.get(explain.ruleId) : undefined
  if (!explain || !rule) return null
  return <RuleDialog key={explain.nonce} ruleId={rule.id} onClose={() => explainRule(null)} />
}

const term = 'text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400'

function RuleDialog({ ruleId, onClose }: { ruleId: string; onClose(): void }) {
  const id = useId()
  const facts = ruleFacts(RULE_BY_ID.get(ruleId)!)
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-why`} onClose={onClose} className="max-h-[calc(100dvh-2rem)] w-[min(40rem,calc(100vw-2rem))]">
      <div className="flex max-h-[calc(100dvh-2rem)] flex-col">
        <div className="border-b border-slate-200 px-5 py-4 dark:border-slate-700">
          <p className="flex items-center gap-2">
            <SeverityBadge severity={facts.severity} />
            <code className="font-mono text-xs text-slate-600 dark:text-slate-300">{facts.id}</code>
          </p>
          <h2 id={`${id}-title`} className="mt-1.5 text-base font-semibold text-slate-900 dark:text-slate-50">
            {facts.title}
          </h2>
        </div>
        <div className="min-h-0 space-y-4 overflow-y-auto px-5 py-4 text-sm leading-relaxed text-slate-700 dark:text-slate-200">
          <section aria-labelledby={`${id}-why-h`}>
            <h3 id={`${id}-why-h`} className={term}>
              Why it matters
            </h3>
            <p id={`${id}-why`} className="mt-1">
              <Prose text={facts.why} />
            </p>
          </section>
          <section aria-labelledby={`${id}-how-h`}>
            <h3 id={`${id}-how-h`} className={term}>
              How to fix it by hand
            </h3>
            <p className="mt-1">
              <Prose text={facts.howToFix} />
            </p>
          </section>
          {facts.fixDescription && (
            <section aria-labelledby={`${id}-fix-h`}>
              <h3 id={`${id}-fix-h`} className={term}>
                What the automatic fix does
              </h3>
              <p className="mt-1">
                <Prose text={facts.fixDescription} />
              </p>
            </section>
          )}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 border-t border-slate-200 pt-3 text-xs dark:border-slate-700">
            <dt className="font-medium text-slate-500 dark:text-slate-400">Automatic fix</dt>
            <dd>{facts.fix}</dd>
            <dt className="font-medium text-slate-500 dark:text-slate-400">Checklist</dt>
            <dd>{facts.checklist.length ? facts.checklist.join('; ') : 'none'}</dd>
            <dt className="font-medium text-slate-500 dark:text-slate-400">References</dt>
            <dd>
              {facts.references.length ? (
                <ul className="space-y-0.5">
                  {facts.references.map((r) => (
                    <li key={r}>
                      <Reference text={r} />
                    </li>
                  ))}
                </ul>
              ) : (
                'none'
              )}
            </dd>
          </dl>
        </div>
        <div className="flex justify-end border-t border-slate-200 px-5 py-3 dark:border-slate-700">
          {/* The dialog opens with the focus on Close (show() honours the attribute; React's autoFocus would not). */}
          <button type="button" ref={(el) => el?.setAttribute('autofocus', '')} className={buttonClass} onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  )
}
