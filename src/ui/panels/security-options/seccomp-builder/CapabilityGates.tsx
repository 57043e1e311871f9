// Which of the service's capabilities open which calls of the profile (its includes / excludes.caps, which Docker
// resolves against the container's capabilities when it creates it), and what the others would open.
import { useId } from 'react'
import type { CapabilityGate } from '../../../../seccomp/capability-gates'
import { Tag } from '../../../controls/Tag'

const VERB = { allowed: 'opens', filtered: 'opens, filtered:', denied: 'refuses' } as const

function Changes({ gate }: { gate: CapabilityGate }) {
  const byResult = (['allowed', 'filtered', 'denied'] as const)
    .map((to) => ({ to, names: gate.changes.filter((c) => c.with === to).map((c) => c.name) }))
    .filter((x) => x.names.length > 0)
  return (
    <>
      {byResult.map(({ to, names }, i) => (
        <span key={to}>
          {i > 0 && '; '}
          {VERB[to]} <code className="font-mono text-slate-800 dark:text-slate-100">{names.join(', ')}</code>
        </span>
      ))}
    </>
  )
}

export function CapabilityGates({ gates, service, caps }: { gates: CapabilityGate[]; service: string; caps: string[] }) {
  const id = useId()
  const shown = gates.filter((g) => g.changes.length > 0)
  const held = shown.filter((g) => g.granted)
  const others = shown.filter((g) => !g.granted)
  const row = (g: CapabilityGate) => (
    <li key={g.cap} className="flex flex-wrap items-baseline gap-1.5 py-0.5">
      <code className="font-mono font-medium text-slate-800 dark:text-slate-100">{g.composeName}</code>
      <Tag tone={g.granted ? 'amber' : 'slate'}>{g.granted ? 'held' : 'not held'}</Tag>
      <span className="text-slate-600 dark:text-slate-300">
        <Changes gate={g} />
      </span>
    </li>
  )
  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-slate-200 bg-slate-50/60 p-3 text-xs dark:border-slate-700 dark:bg-slate-800/40">
      <h3 id={`${id}-h`} className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        Capabilities
      </h3>
      <p className="mt-1 leading-relaxed text-slate-600 dark:text-slate-300">
        Like Docker&apos;s default, the profile keeps its capability conditions: a call gated on a capability opens when the container holds
        it. {service} holds {caps.length === 0 ? 'no capability' : <code className="font-mono">{caps.join(', ')}</code>}.
      </p>
      {held.length > 0 ? (
        <ul aria-label={`Capabilities of ${service} that open calls`} className="mt-2">
          {held.map(row)}
        </ul>
      ) : (
        <p className="mt-2 text-slate-600 dark:text-slate-300">None of {service}&apos;s capabilities opens a call in this profile.</p>
      )}
      {others.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer text-slate-600 dark:text-slate-300">What the other capabilities would open ({others.length})</summary>
          <ul aria-label="Capabilities that would open calls" className="mt-1">
            {others.map(row)}
          </ul>
        </details>
      )}
    </section>
  )
}
