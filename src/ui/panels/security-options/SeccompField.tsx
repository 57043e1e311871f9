// Seccomp: Docker's default syscall filter, a profile of your own, or none (flagged).
import type { ServiceView } from '../../../compose/types'
import { readSeccomp } from '../../../compose/read/settings'
import type { SeccompMode } from '../../../compose/read/settings'
import { seccompPathProblem, setSeccompPlan } from '../../../edits/security-opt'
import { Callout } from '../../controls/Callout'
import { SecurityOptionsChoice } from './SecurityOptionsChoice'

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
  return (
    <SecurityOptionsChoice<SeccompMode>
      service={service}
      title="Seccomp"
      syntax="seccomp:…"
      groupLabel="Seccomp profile"
      options={OPTIONS}
      current={readSeccomp(service)}
      valueMode="custom"
      field={{ label: 'Seccomp profile path', placeholder: './seccomp/app.json', hint: 'A JSON profile, read when the container is created. Start from Docker’s default profile and remove what the app does not need.' }}
      problem={seccompPathProblem}
      build={setSeccompPlan}
      notes={NOTES}
    />
  )
}
