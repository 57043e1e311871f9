// Whether a profile lets a call through for one container: the rules that apply decide, then the default action.
// Invariant: 'allowed' means an applying SCMP_ACT_ALLOW rule without argument filters names the call.
import { ruleApplies } from './conditions'
import type { RuntimeContext } from './conditions'
import type { SeccompProfile, SeccompRule } from './types'

export type SyscallVerdict = 'allowed' | 'filtered' | 'denied'

export interface SyscallStatus {
  verdict: SyscallVerdict
  /** The applying rules that name the call. */
  rules: SeccompRule[]
  /** ALLOW rules that name the call but do not apply here (a missing capability, another arch, an old kernel). */
  closed: SeccompRule[]
}

const isAllow = (r: SeccompRule) => r.action === 'SCMP_ACT_ALLOW'

export function syscallStatus(profile: SeccompProfile, name: string, ctx: RuntimeContext): SyscallStatus {
  const naming = profile.syscalls.filter((r) => Array.isArray(r.names) && r.names.includes(name))
  const rules = naming.filter((r) => ruleApplies(r, ctx))
  const closed = naming.filter((r) => isAllow(r) && !rules.includes(r))
  const allows = rules.filter(isAllow)
  let verdict: SyscallVerdict
  if (allows.some((r) => !r.args?.length)) verdict = 'allowed'
  else if (allows.length > 0) verdict = 'filtered'
  else if (rules.length > 0) verdict = 'denied'
  else verdict = profile.defaultAction === 'SCMP_ACT_ALLOW' || profile.defaultAction === 'SCMP_ACT_LOG' ? 'allowed' : 'denied'
  return { verdict, rules, closed }
}

/** Every call some rule of the profile names, in first-seen order. */
export function profileNames(profile: SeccompProfile): string[] {
  return [...new Set(profile.syscalls.flatMap((r) => (Array.isArray(r.names) ? r.names : [])))]
}

/** Lets the call through, possibly only for some arguments. */
export const passes = (s: SyscallStatus): boolean => s.verdict !== 'denied'
