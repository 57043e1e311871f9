// The calls by purpose, with a search box: calls explained one by one first, then those the group's line explains.
import { useDeferredValue, useId, useMemo, useState } from 'react'
import type { RuntimeContext } from '../../../../seccomp/conditions'
import { syscallGroups } from '../../../../seccomp/rows'
import type { SeccompProfile } from '../../../../seccomp/types'
import { TextField } from '../../../controls/TextField'
import { SyscallRow } from './SyscallRow'

interface Props {
  profile: SeccompProfile
  ctx: RuntimeContext
  onToggle(name: string, on: boolean): void
}

const heading = 'text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300'

export function SyscallGroups({ profile, ctx, onToggle }: Props) {
  const id = useId()
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const groups = useMemo(() => syscallGroups(profile, ctx, deferred), [profile, ctx, deferred])
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-3">
      <h3 id={`${id}-h`} className="sr-only">
        System calls
      </h3>
      <TextField label="Search system calls" value={query} onChange={setQuery} placeholder="mount, socket, time…" mono />
      {groups.length === 0 && <p className="text-xs text-slate-500 dark:text-slate-400">No system call matches “{query}”.</p>}
      {groups.map(({ group, explained, others, allowed }) => (
        <section key={group.id} aria-labelledby={`${id}-${group.id}`} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <div className="flex flex-wrap items-baseline gap-2">
            <h4 id={`${id}-${group.id}`} className={heading}>
              {group.label}
            </h4>
            <span className="text-[11px] text-slate-500 dark:text-slate-400">
              {allowed} of {explained.length + others.length} allowed
            </span>
          </div>
          {explained.length > 0 && (
            <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
              {explained.map((row) => (
                <SyscallRow key={row.info.name} row={row} onToggle={onToggle} explained />
              ))}
            </ul>
          )}
          {others.length > 0 && (
            <div className="mt-2 border-t border-slate-100 pt-2 dark:border-slate-800">
              <p id={`${id}-${group.id}-more`} className="text-xs text-slate-600 dark:text-slate-300">
                <span className="font-medium">Explained together:</span> {group.summary}
              </p>
              <ul className="mt-1 grid grid-cols-2 gap-x-3 sm:grid-cols-3 lg:grid-cols-4">
                {others.map((row) => (
                  <SyscallRow key={row.info.name} row={row} onToggle={onToggle} explained={false} groupLine={`${id}-${group.id}-more`} />
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
    </section>
  )
}
