// The builder's state: a starting profile and the calls added to or removed from it. Invariant: buildProfile keeps
// every rule of the start that the user did not touch, with its includes / excludes, so the exported profile stays as
// capability-aware as Docker's default; a removed call leaves every ALLOW rule, an added call is allowed outright.
import type { RuntimeContext } from './conditions'
import { startProfile } from './docker-default'
import type { ProfileStart } from './docker-default'
import { passes, syscallStatus } from './status'
import type { SeccompProfile, SeccompRule } from './types'

export interface BuilderState {
  start: ProfileStart
  /** Calls allowed outright, beyond the start. */
  added: readonly string[]
  /** Calls taken out of every ALLOW rule of the start. */
  removed: readonly string[]
}

export const initialState = (start: ProfileStart): BuilderState => ({ start, added: [], removed: [] })

const isPlainAllow = (r: SeccompRule) => r.action === 'SCMP_ACT_ALLOW' && !r.args?.length && !r.includes && !r.excludes

/** Drops `names` from the rules `which` selects; a rule left without names goes. */
function without(rules: SeccompRule[], names: ReadonlySet<string>, which: (r: SeccompRule) => boolean): SeccompRule[] {
  return rules
    .map((r) => (which(r) ? { ...r, names: r.names.filter((n) => !names.has(n)) } : r))
    .filter((r) => r.names.length > 0)
}

export function buildProfile(state: BuilderState): SeccompProfile {
  const profile = startProfile(state.start)
  const removed = new Set(state.removed)
  const added = new Set(state.added.filter((n) => !removed.has(n)))
  let rules = without(profile.syscalls, removed, (r) => r.action === 'SCMP_ACT_ALLOW')
  // An added call must not also be refused by a rule of its own (clone3's ENOSYS): libseccomp takes one action per call.
  rules = without(rules, added, (r) => r.action !== 'SCMP_ACT_ALLOW')
  if (added.size > 0) {
    const plain = rules.find(isPlainAllow)
    const missing = [...added].filter((n) => !plain?.names.includes(n)).sort()
    if (plain) rules = rules.map((r) => (r === plain ? { ...r, names: [...r.names, ...missing] } : r))
    else rules = [{ names: missing, action: 'SCMP_ACT_ALLOW' }, ...rules]
  }
  return { ...profile, syscalls: rules }
}

/**
 * Ticks or unticks a call for the container `ctx` describes. Unticking first undoes an addition, then removes the
 * call from the start's rules if it still passes; ticking first undoes a removal, then adds it if it is still refused
 * (a call the start allows only with a capability the service lacks is added outright).
 */
export function setAllowed(state: BuilderState, name: string, allowed: boolean, ctx: RuntimeContext): BuilderState {
  if (allowed) {
    const next = { ...state, removed: state.removed.filter((n) => n !== name) }
    if (passes(syscallStatus(buildProfile(next), name, ctx))) return next
    return { ...next, added: [...next.added, name] }
  }
  const next = { ...state, added: state.added.filter((n) => n !== name) }
  if (!passes(syscallStatus(buildProfile(next), name, ctx))) return next
  return { ...next, removed: [...next.removed, name] }
}
