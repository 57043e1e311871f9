// "Build a seccomp profile…": start from Docker's default or an empty allow-list, tick the calls the service may
// make (grouped, searchable, explained), see what its capabilities open, then copy, download or use the profile.
import { useId, useMemo, useState } from 'react'
import type { ServiceView } from '../../../../compose/types'
import { capabilityGates } from '../../../../seccomp/capability-gates'
import type { ProfileStart } from '../../../../seccomp/docker-default'
import { defaultProfilePath } from '../../../../seccomp/profile-file'
import { allowedCount } from '../../../../seccomp/rows'
import { passes, syscallStatus } from '../../../../seccomp/status'
import { Callout } from '../../../controls/Callout'
import { Dialog } from '../../../controls/Dialog'
import { Segmented } from '../../../controls/Segmented'
import { CapabilityGates } from './CapabilityGates'
import { ProfileExport } from './ProfileExport'
import { SyscallGroups } from './SyscallGroups'
import { useSeccompBuilder } from './use-seccomp-builder'

const STARTS = [
  { value: 'docker-default', label: "Docker's default" },
  { value: 'empty', label: 'Empty allow-list' },
] as const

const START_NOTES: Record<ProfileStart, string> = {
  'docker-default':
    "Docker's own profile (moby/profiles v0.2.3): every call not allowed fails with EPERM; some calls open only with a capability, on an architecture or from a kernel version. Untick what the app never calls.",
  empty: 'defaultAction SCMP_ACT_ERRNO with no rule: every call fails with EPERM until you tick it. Trace the app (strace -f) to learn which calls it makes.',
}

export function SeccompBuilderDialog({ service, currentPath, onClose }: { service: ServiceView; currentPath: string; onClose(): void }) {
  const id = useId()
  const { state, profile, context, toggle, restart } = useSeccompBuilder(service)
  const [path, setPath] = useState(() => currentPath || defaultProfilePath(service.name))
  const gates = useMemo(() => capabilityGates(profile, context.ctx), [profile, context])
  const count = useMemo(() => allowedCount(profile, context.ctx), [profile, context])
  const cannotStart = !passes(syscallStatus(profile, 'execve', context.ctx))
  return (
    <Dialog labelledBy={`${id}-title`} describedBy={`${id}-desc`} onClose={onClose} className="h-[min(56rem,calc(100dvh-2rem))] w-[min(64rem,calc(100vw-2rem))]">
      <div className="flex h-full flex-col">
        <div className="border-b border-slate-200 px-5 py-4 dark:border-slate-700">
          <h2 id={`${id}-title`} className="text-base font-semibold">
            Seccomp profile for {service.name}
          </h2>
          <p id={`${id}-desc`} className="mt-1 text-xs leading-relaxed text-slate-600 dark:text-slate-300">
            Which system calls the container may make. Ticks show what Docker would let through for {service.name}, on an x86-64 host with a
            current kernel: {count} calls allowed.
          </p>
        </div>
        <div className="min-h-0 flex-1 space-y-3 overflow-y-auto px-5 py-4 text-sm">
          <Segmented label="Start from" options={STARTS} value={state.start} onChange={restart} describedBy={`${id}-start`} />
          <p id={`${id}-start`} className="text-xs leading-relaxed text-slate-600 dark:text-slate-300">
            {START_NOTES[state.start]} Choosing a start again drops your changes.
          </p>
          {context.privileged && (
            <Callout tone="warning">
              <strong>{service.name} is privileged.</strong> Docker applies no seccomp profile to a privileged container, this one included: turn
              privileged off under Isolation for the profile to matter.
            </Callout>
          )}
          {cannotStart && (
            <Callout tone="warning">
              <strong>execve is not allowed:</strong> the container could not start its entrypoint. Tick it under Processes and threads.
            </Callout>
          )}
          <CapabilityGates gates={gates} service={service.name} caps={context.caps} />
          <SyscallGroups profile={profile} ctx={context.ctx} onToggle={toggle} />
        </div>
        <ProfileExport service={service.name} profile={profile} path={path} onPath={setPath} onClose={onClose} />
      </div>
    </Dialog>
  )
}
