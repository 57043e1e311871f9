// no-apparmor-unconfined: `apparmor:unconfined` lifts the AppArmor profile Docker applies by default.
import { readSecurityOpts } from '../../compose/read/settings'
import type { SecurityOpt } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { setSecurityOptPlan } from '../../edits/security-opt'
import { defineRule, planOrNull } from '../define-rule'
import { itemFix, valuesWithout } from '../security-helpers'

/** Docker compares the value exactly; any case is flagged here, as a mistyped value is at best a broken file. */
const isUnconfined = (o: SecurityOpt) => o.key === 'apparmor' && o.value?.toLowerCase() === 'unconfined'
const unconfined = (service: ServiceView) => readSecurityOpts(service).filter(isUnconfined)

export default defineRule({
  id: 'no-apparmor-unconfined',
  title: 'Keep AppArmor confinement',
  description:
    'On hosts with AppArmor (Ubuntu, Debian, SUSE) Docker confines every container with its docker-default profile, which denies mounting, writes to sensitive /proc and /sys files, and tracing processes outside its own profile. `security_opt: apparmor:unconfined` (or `apparmor=unconfined`, in any letter case) turns that off, so a process that gains extra privileges inside the container meets one barrier fewer on its way to the host.',
  severity: 'high',
  checklist: ['mac-profiles'],
  references: [
    'CIS Docker Benchmark 5.2',
    'https://docs.docker.com/engine/security/apparmor/',
    'https://docs.docker.com/reference/compose-file/services/#security_opt',
  ],
  fix: 'safe',
  panel: 'security-options',
  fixLabel: 'Remove `apparmor:unconfined`',
  howToFix: 'Delete the `apparmor:unconfined` item from `security_opt`. If the default profile blocks something the workload needs, write a custom profile that allows only that and name it with `apparmor=<profile>`.',
  fixDescription: 'Removes the `apparmor:unconfined` item, so Docker applies its docker-default AppArmor profile again.',
  messages: {
    unconfined:
      'security_opt "{{item}}" runs the container without AppArmor: writes to /proc and /sys, mounts and other accesses the docker-default profile denies become possible.',
  },
  checkService({ service, report }) {
    for (const o of unconfined(service)) report({ messageId: 'unconfined', at: o.at, data: { item: o.raw }, fix: itemFix(o) })
  },
  fixPlan({ file, service }) {
    // The Security options form's AppArmor choice without the unconfined items (Docker's default when none is left).
    if (!service) return null
    const values = valuesWithout(service, 'apparmor', isUnconfined)
    return planOrNull(setSecurityOptPlan(file, service.name, { key: 'apparmor', values, label: 'Remove apparmor:unconfined' }))
  },
})
