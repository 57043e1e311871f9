// consider-mac-profile: advice when a service chooses neither an AppArmor profile nor an SELinux label of its own.
import { defineRule } from '../define-rule'
import { labelProblem, readSecurityOpts } from '../../compose/read/settings'
import type { SecurityOpt } from '../../compose/read/settings'

type Verdict = 'profile' | 'variable' | 'disabled' | 'none'

function verdict(o: SecurityOpt): Verdict {
  if (o.key !== 'apparmor' && o.key !== 'label') return 'none'
  if (o.valueUnknown) return 'variable'
  const v = o.value?.trim() ?? ''
  if (v === '') return 'none'
  if (o.key === 'apparmor') return v.toLowerCase() === 'unconfined' ? 'disabled' : 'profile'
  return labelProblem(o) ? 'disabled' : 'profile'
}

export default defineRule({
  id: 'consider-mac-profile',
  title: 'Consider an AppArmor profile or SELinux label',
  description:
    'Mandatory access control (AppArmor or SELinux) limits what a process may touch even when it runs as root inside the container. Without a `security_opt` choosing a profile, a service gets only the host\'s default: docker-default on AppArmor hosts, container_t on SELinux hosts with SELinux enabled in Docker, and nothing at all on hosts with neither. A profile written for the workload (`apparmor:<profile>`, or `label:type:<type>` / `label:level:<level>`) narrows what a compromised process can reach. This is advice, not a fault: an option whose value is a variable without default is not counted as a profile.',
  severity: 'info',
  checklist: ['mac-profiles'],
  references: [
    'Seed checklist: Consider AppArmor/SELinux profiles',
    'CIS Docker Benchmark 5.2, 5.3',
    'https://docs.docker.com/engine/security/apparmor/',
    'https://docs.docker.com/reference/compose-file/services/#security_opt',
  ],
  fix: 'none',
  panel: 'security-options',
  howToFix: 'On an AppArmor host add `security_opt: ["apparmor=<profile>"]` with a profile loaded by `apparmor_parser`; on an SELinux host add `security_opt: ["label=type:<type>"]` or rely on the default `container_t` labelling. Skip it where neither is available.',
  messages: {
    none: 'No AppArmor profile or SELinux label is chosen: the service relies on the host\'s default confinement, if any. Consider a profile written for this workload.',
    disabled: 'The only AppArmor/SELinux options ({{items}}) switch confinement off; consider a profile written for this workload instead.',
    variable: 'The AppArmor/SELinux option {{items}} depends on a variable without default, so no profile can be counted; give it a default or a fixed profile.',
  },
  checkService({ service, report }) {
    const mac = readSecurityOpts(service).map((o) => ({ o, v: verdict(o) })).filter((x) => x.v !== 'none')
    if (mac.some((x) => x.v === 'profile')) return
    const pick = (v: Verdict) => mac.filter((x) => x.v === v).map((x) => `"${x.o.raw}"`).join(', ')
    if (pick('variable')) report({ messageId: 'variable', data: { items: pick('variable') } })
    else if (pick('disabled')) report({ messageId: 'disabled', data: { items: pick('disabled') } })
    else report({ messageId: 'none' })
  },
})
