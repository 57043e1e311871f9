// AppArmor: Docker's docker-default profile, a profile loaded on the host, or none (flagged).
import type { ServiceView } from '../../../compose/types'
import { readAppArmor } from '../../../compose/read/settings'
import type { AppArmorMode } from '../../../compose/read/settings'
import { appArmorProfileProblem, setAppArmorPlan } from '../../../edits/security-opt'
import { Callout } from '../../controls/Callout'
import { SecurityOptionsChoice } from './SecurityOptionsChoice'

const OPTIONS = [
  { value: 'default', label: 'Default' },
  { value: 'profile', label: 'Named profile' },
  { value: 'unconfined', label: 'Unconfined', danger: true },
] as const

const NOTES = {
  default: 'On hosts with AppArmor (Ubuntu, Debian, SUSE) Docker confines the container with its docker-default profile.',
  unconfined: (
    <Callout tone="error">
      <strong>AppArmor is off.</strong> Unconfined removes the mandatory access control that keeps the container from mounting
      filesystems and writing to sensitive parts of /proc and /sys. Use the default profile, or a profile of your own.
    </Callout>
  ),
}

export function AppArmorField({ service }: { service: ServiceView }) {
  return (
    <SecurityOptionsChoice<AppArmorMode>
      service={service}
      title="AppArmor"
      syntax="apparmor:…"
      groupLabel="AppArmor profile"
      options={OPTIONS}
      current={readAppArmor(service)}
      valueMode="profile"
      field={{ label: 'AppArmor profile name', placeholder: 'docker-default', hint: 'The profile must be loaded on every host that runs the service (apparmor_parser -r).' }}
      problem={appArmorProfileProblem}
      build={setAppArmorPlan}
      notes={NOTES}
    />
  )
}
