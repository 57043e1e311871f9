// no-seccomp-unconfined: `seccomp:unconfined` switches off the system-call filter that Docker applies by default.
import { readSecurityOpts } from '../../compose/read/settings'
import type { SecurityOpt } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { setSecurityOptPlan } from '../../edits/security-opt'
import { defineRule, planOrNull } from '../define-rule'
import { itemFix, valuesWithout } from '../security-helpers'

/** Docker compares the value exactly; any case is flagged here, as a mistyped value is at best a broken file. */
const isUnconfined = (o: SecurityOpt) => o.key === 'seccomp' && o.value?.toLowerCase() === 'unconfined'
const unconfined = (service: ServiceView) => readSecurityOpts(service).filter(isUnconfined)

export default defineRule({
  id: 'no-seccomp-unconfined',
  title: 'Keep the default seccomp profile',
  description:
    'Docker filters the system calls a container may make with a seccomp profile that blocks about forty dangerous ones (mount, kexec_load, open_by_handle_at, keyctl, new namespaces, …), many of which have been the way out of a container in past kernel exploits. `security_opt: seccomp:unconfined` (or `seccomp=unconfined`, in any letter case) removes that filter entirely. Use the default profile, or a custom profile file that allows only the extra calls the workload needs.',
  severity: 'high',
  checklist: ['seccomp'],
  references: [
    'CIS Docker Benchmark 5.22',
    'https://docs.docker.com/engine/security/seccomp/',
    'https://docs.docker.com/reference/compose-file/services/#security_opt',
  ],
  fix: 'safe',
  panel: 'security-options',
  fixLabel: 'Remove `seccomp:unconfined`',
  howToFix: 'Delete the `seccomp:unconfined` item. If the default profile blocks a call the workload needs, start from Docker\'s default profile, allow that one call, and name the file with `seccomp=<path>`.',
  fixDescription: 'Removes the `seccomp:unconfined` item, so Docker applies its default seccomp profile again.',
  messages: {
    unconfined:
      'security_opt "{{item}}" switches seccomp off: the container may make every system call, including mount, kexec_load and the others Docker blocks by default.',
  },
  checkService({ service, report }) {
    for (const o of unconfined(service)) report({ messageId: 'unconfined', at: o.at, data: { item: o.raw }, fix: itemFix(o) })
  },
  fixPlan({ file, service }) {
    // The Security options form's seccomp choice without the unconfined items (Docker's default when none is left).
    if (!service) return null
    const values = valuesWithout(service, 'seccomp', isUnconfined)
    return planOrNull(setSecurityOptPlan(file, service.name, { key: 'seccomp', values, label: 'Remove seccomp:unconfined' }))
  },
})
