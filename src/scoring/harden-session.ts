// Harden for ticking: one session per text, and each selection of fix keys reuses every service whose ticks did not
// change. hardenTicked(s, selected) is always exactly harden(s.text, { unsafe: true, only: ticked }).
import { fixKey } from '../rules/fix'
import { hardenIn, hardenSession } from './harden'
import type { HardenResult, HardenSession } from './harden'
import type { ServiceOutcome } from './harden-alone'

/** A session that remembers, per service and set of ticks on it, the service hardened on its own. */
export function tickSession(text: string): HardenSession {
  const outcomes = new Map<string, ServiceOutcome | null>()
  return { ...hardenSession(text), reuse: { key: () => '', outcomes } }
}

/** The ticked fixes (by fixKey) applied: the fix keys ticked on a service are what its outcome depends on. */
export function hardenTicked(session: HardenSession, selected: ReadonlySet<string>): HardenResult {
  const ticks = new Map<string, string[]>()
  for (const key of [...selected].sort()) {
    const service = key.slice(key.indexOf('\u0000') + 1)
    ticks.set(service, [...(ticks.get(service) ?? []), key])
  }
  const reuse = session.reuse && { ...session.reuse, key: (service: string) => (ticks.get(service) ?? []).join('\u0001') }
  return hardenIn({ ...session, reuse }, { unsafe: true, only: (f) => selected.has(fixKey(f)) })
}
