// Seccomp: Docker's default syscall filter, a profile of your own (built here if you like), or none (flagged).
import { lazy, Suspense, useState } from 'react'
import type { ServiceView } from '../../../compose/types'
import { readSeccomp } from '../../../compose/read/settings'
import type { SeccompMode } from '../../../compose/read/settings'
import { seccompPathProblem, setSeccompPlan } from '../../../edits/security-opt'
import { Callout } from '../../controls/Callout'
import { buttonClass } from '../../controls/styles'
import { SecurityOptionsChoice } from './SecurityOptionsChoice'

// The builder (its catalogue and Docker's profile) loads when it is first opened, not with the page.
const SeccompBuilderDialog = lazy(() => import('./seccomp-builder/SeccompBuilderDialog').then((m) => ({ default: m.SeccompBuilderDialog })))

const OPTIONS = [
  { value: 'default', label: 'Default' },
  { value: 'custom', label: 'Custom profile' },
  { value: 'unconfined', label: 'Unconfined', danger: true },
] as const

const NOTES = {
  default: "Docker's default profile blocks around 44 of the kernel's 300+ system calls (mount, reboot, kexec_load, keyctl…).",
  unconfined: (
    <Callout tone="error">
      <strong>Syscall filtering is off.</strong> Unconfined disables seccomp: the container can make every system call of the host kernel,
      including those used in past container escapes. Use the default profile, or a custom one.
    </Callout>
  ),
}

export function SeccompField({ service }: { service: ServiceView }) {
  const [building, setBuilding] = useState(false)
  const current = readSeccomp(service)
  return (
    <>
      <SecurityOptionsChoice<SeccompMode>
        service={service}
        title="Seccomp"
        syntax="seccomp:…"
        groupLabel="Seccomp profile"
        options={OPTIONS}
        current={current}
        valueMode="custom"
        field={{
          label: 'Seccomp profile path',
          placeholder: './seccomp/app.json',
          hint: 'A JSON profile beside the compose file; Compose reads it from there when it creates the container. This app cannot read that file, so its checks only see that a profile is named.',
        }}
        problem={seccompPathProblem}
        build={setSeccompPlan}
        notes={NOTES}
        extra={
          <button type="button" className={buttonClass} onClick={() => setBuilding(true)}>
            Build a seccomp profile…
          </button>
        }
      />
      {building && (
        <Suspense fallback={null}>
          <SeccompBuilderDialog service={service} currentPath={current.mode === 'custom' ? current.value : ''} onClose={() => setBuilding(false)} />
        </Suspense>
      )}
    </>
  )
}
