// Which capabilities open which calls: for each capability a profile's includes / excludes name, the calls whose
// verdict changes when the container holds it, all else equal (Docker's default: SYS_ADMIN opens mount, unshare,
// setns…, lifts clone's namespace filter and clone3's ENOSYS; SYS_PTRACE opens kcmp, pidfd_getfd…).
import type { RuntimeContext } from './conditions'
import { profileNames, syscallStatus } from './status'
import type { SyscallVerdict } from './status'
import type { SeccompProfile } from './types'

export interface CapabilityGate {
  /** CAP_ name, as the profile writes it. */
  cap: string
  /** The name the compose file uses (no prefix). */
  composeName: string
  /** Whether the container holds it. */
  granted: boolean
  changes: { name: string; without: SyscallVerdict; with: SyscallVerdict }[]
}

export function capabilityGates(profile: SeccompProfile, ctx: RuntimeContext): CapabilityGate[] {
  const caps = new Set<string>()
  for (const r of profile.syscalls) for (const c of [...(r.includes?.caps ?? []), ...(r.excludes?.caps ?? [])]) caps.add(c)
  const names = profileNames(profile)
  return [...caps].sort().map((cap) => {
    const lacking: RuntimeContext = { ...ctx, caps: new Set([...ctx.caps].filter((c) => c !== cap)) }
    const holding: RuntimeContext = { ...ctx, caps: new Set([...ctx.caps, cap]) }
    const changes = names
      .map((name) => ({ name, without: syscallStatus(profile, name, lacking).verdict, with: syscallStatus(profile, name, holding).verdict }))
      .filter((c) => c.without !== c.with)
    return { cap, composeName: cap.replace(/^CAP_/, ''), granted: ctx.caps.has(cap), changes }
  })
}
