// One security_opt option (seccomp, apparmor, label) as a choice: Docker's default, a value of your own, or off.
// Default and off are written at once; the own-value choice waits for a complete value (Enter or leaving the field).
import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import type { ServiceView } from '../../../compose/types'
import type { Edit } from '../../../edits/edit-result'
import type { MacInput } from '../../../edits/security-opt'
import type { MacSetting } from '../../../compose/read/settings'
import { useActions } from '../../../store/use-app'
import { ApplyButton } from '../../controls/ApplyButton'
import { commitHandlers } from '../../controls/commit-on-leave'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Segmented } from '../../controls/Segmented'
import type { SegmentedOption } from '../../controls/Segmented'
import { Subsection } from '../../controls/Subsection'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

export interface SecurityOptionsChoiceProps<M extends string> {
  service: ServiceView
  /** The subsection's title, e.g. "Seccomp". */
  title: string
  /** The YAML the subsection edits, shown beside the title. */
  syntax: string
  /** Names the radio group, e.g. "Seccomp profile". */
  groupLabel: string
  options: readonly SegmentedOption<M>[]
  current: MacSetting<M>
  /** The choice that takes a value from the text field. */
  valueMode: M
  field: { label: string; placeholder: string; hint: string }
  problem(value: string): string | null
  build: Edit<MacInput<M>>
  /** What each other choice means, under the bar (the value choice explains itself in the field's hint); a risky one's is a callout. */
  notes: Readonly<Partial<Record<M, ReactNode>>>
  /** More controls at the foot of the subsection (the seccomp builder's button). */
  extra?: ReactNode
}

export function SecurityOptionsChoice<M extends string>(props: SecurityOptionsChoiceProps<M>) {
  const { service, title, syntax, groupLabel, options, current, valueMode, field, problem, build, notes, extra } = props
  const { applyEdit } = useActions()
  const noteId = useId()
  // Drafts follow the document: a choice made in the editor replaces a pending one here.
  const [draftMode, setMode] = useDraft(current.mode)
  const mode = draftMode as M
  const [value, setValue] = useDraft(current.value)
  const [tried, setTried] = useState(false)
  const dirty = mode === valueMode && (current.mode !== valueMode || value.trim() !== current.value)
  const error = dirty && (tried || value.trim() !== '') ? (problem(value) ?? undefined) : undefined

  const edit = (m: M, v: string) => applyEdit((file) => build(file, service.name, { mode: m, value: v }))

  const choose = (m: M) => {
    setTried(false)
    setMode(m)
    if (m === valueMode) return
    if (!edit(m, '')) setMode(current.mode)
  }

  const commit = () => {
    if (!dirty) return
    setTried(true)
    if (problem(value) === null) edit(valueMode, value)
  }

  return (
    <Subsection
      title={title}
      badge={<InheritedBadge located={current.located} />}
      action={<code className="font-mono text-[11px] text-slate-500 dark:text-slate-400">{syntax}</code>}
    >
      <Segmented label={groupLabel} options={options} value={mode} onChange={choose} describedBy={mode === valueMode ? undefined : noteId} />
      {mode === valueMode && (
        <form className="flex items-start gap-2" {...commitHandlers(commit)}>
          <TextField className="min-w-0 flex-1" label={field.label} value={value} onChange={setValue} placeholder={field.placeholder} hint={field.hint} error={error} mono />
          <ApplyButton dirty={dirty} className="mt-5 h-[2.125rem]">
            Apply<span className="sr-only"> {field.label.toLowerCase()}</span>
          </ApplyButton>
        </form>
      )}
      {mode !== valueMode && (
        <div id={noteId} className="text-xs leading-relaxed text-slate-500 dark:text-slate-400">
          {notes[mode]}
        </div>
      )}
      {extra}
    </Subsection>
  )
}
