// The fixes to choose from: safe ones (ticked at first) and unsafe ones (ticked one by one), each saying what it does.
import type { HardenChoice } from '../../scoring/harden-choices'
import { Checkbox } from '../controls/Checkbox'
import { SeverityBadge } from '../findings/FindingBadges'

/** Renders `code` spans of a rule's prose as <code>. */
function Prose({ text }: { text: string }) {
  return (
    <>
      {text.split('`').map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[11px] text-slate-800 dark:bg-slate-800 dark:text-slate-200">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  )
}

interface ItemProps {
  choice: HardenChoice
  checked: boolean
  failure?: string
  onToggle(key: string, on: boolean): void
}

function FixItem({ choice, checked, failure, onToggle }: ItemProps) {
  const id = `harden-${choice.key.replace(/[^a-zA-Z0-9-]/g, '-')}`
  return (
    // content-visibility: a fix scrolled out of view costs no layout, so a file with a thousand fixes opens at once.
    <li className="rounded-lg border border-slate-200 p-3 [contain-intrinsic-size:auto_8rem] [content-visibility:auto] has-checked:border-emerald-300 has-checked:bg-emerald-50/60 dark:border-slate-700 dark:has-checked:border-emerald-700 dark:has-checked:bg-emerald-950/30">
      <div className="flex items-start gap-2.5">
        <Checkbox id={id} checked={checked} describedBy={`${id}-what`} onChange={(on) => onToggle(choice.key, on)} />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <label htmlFor={id} className="cursor-pointer text-sm leading-5 font-medium text-slate-900 dark:text-slate-100">
              {choice.title}
              {choice.service !== null && <span className="sr-only"> in {choice.service}</span>}
            </label>
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-1.5">
            {choice.service !== null && (
              <span className="rounded bg-slate-100 px-1.5 py-px font-mono text-[11px] text-slate-700 dark:bg-slate-800 dark:text-slate-300">{choice.service}</span>
            )}
            <SeverityBadge severity={choice.severity} />
            <span className="text-[11px] text-slate-500 dark:text-slate-400">line {choice.line}</span>
          </div>
          <p id={`${id}-what`} className="mt-1.5 text-xs leading-relaxed text-slate-600 dark:text-slate-300">
            <Prose text={choice.fixDescription} />
          </p>
          {failure && (
            <p className="mt-1.5 text-xs text-amber-800 dark:text-amber-300">
              <strong className="font-semibold">Not applied:</strong> {failure}
            </p>
          )}
        </div>
      </div>
    </li>
  )
}

interface GroupProps {
  kind: 'safe' | 'unsafe'
  choices: readonly HardenChoice[]
  selected: ReadonlySet<string>
  failed: ReadonlyMap<string, string>
  onToggle(key: string, on: boolean): void
  onAll(keys: readonly string[], on: boolean): void
}

const GROUP_TEXT = {
  safe: { title: 'Safe fixes', hint: 'They change nothing the container needs to run; ticked for you.' },
  unsafe: { title: 'Unsafe fixes', hint: 'They may break the workload. Read what each one does, then tick the ones that fit.' },
} as const

export function HardenFixGroup({ kind, choices, selected, failed, onToggle, onAll }: GroupProps) {
  if (choices.length === 0) return null
  const keys = choices.map((c) => c.key)
  const all = keys.every((k) => selected.has(k))
  const text = GROUP_TEXT[kind]
  return (
    <fieldset className="min-w-0" aria-labelledby={`harden-${kind}-title`} aria-describedby={`harden-${kind}-hint`}>
      <div className="mb-1 flex items-baseline justify-between gap-2">
        <h3
          id={`harden-${kind}-title`}
          className={`text-xs font-semibold tracking-wide uppercase ${kind === 'safe' ? 'text-emerald-800 dark:text-emerald-300' : 'text-amber-800 dark:text-amber-300'}`}
        >
          {text.title} ({choices.length})
        </h3>
        <button
          type="button"
          onClick={() => onAll(keys, !all)}
          className="rounded text-[11px] font-medium text-slate-600 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-emerald-600 dark:text-slate-300"
        >
          {all ? 'Untick all' : 'Tick all'}
          <span className="sr-only"> {text.title.toLowerCase()}</span>
        </button>
      </div>
      <p id={`harden-${kind}-hint`} className="mb-2 text-xs text-slate-500 dark:text-slate-400">
        {text.hint}
      </p>
      <ul className="space-y-2">
        {choices.map((c) => (
          <FixItem key={c.key} choice={c} checked={selected.has(c.key)} failure={failed.get(c.key)} onToggle={onToggle} />
        ))}
      </ul>
    </fieldset>
  )
}
