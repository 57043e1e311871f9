// no-selinux-disabled: `label:disable` (or an unconfined SELinux type) lifts the SELinux separation of the container.
import { labelProblem, readSecurityOpts } from '../../compose/read/settings'
import type { SecurityOpt } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { setSecurityOptPlan } from '../../edits/security-opt'
import { defineRule, planOrNull } from '../define-rule'
import { itemFix, valuesWithout } from '../security-helpers'

const isDisabling = (o: SecurityOpt) => labelProblem(o) !== undefined
const disabling = (service: ServiceView) => readSecurityOpts(service).filter(isDisabling)

export default defineRule({
  id: 'no-selinux-disabled',
  title: 'Keep SELinux separation',
  description:
    'On hosts with SELinux (Fedora, RHEL, CentOS) Docker gives every container the container_t type and its own MCS category, so that one container cannot touch the files or processes of the host or of another container. `security_opt: label:disable` (or `label=disable`, in any letter case) switches that separation off for the service; `label:type:spc_t` and `label:type:unconfined_t` do the same by choosing a type that SELinux does not confine.',
  severity: 'high',
  checklist: ['mac-profiles'],
  references: [
    'CIS Docker Benchmark 5.3',
    'https://docs.docker.com/reference/compose-file/services/#security_opt',
    'https://docs.docker.com/engine/containers/run/#security-configuration',
  ],
  fix: 'safe',
  panel: 'security-options',
  fixLabel: 'Remove the option that disables SELinux',
  howToFix: 'Delete the `label:disable` (or unconfined type) item. For a bind mount the container must read, relabel it with the `:z` (shared) or `:Z` (private) volume option instead.',
  fixDescription: 'Removes the item that disables SELinux labelling, so the container runs as container_t with its own category again.',
  messages: {
    disable:
      'security_opt "{{item}}" disables SELinux separation: the container is no longer kept away from host files and other containers by its label.',
    type: 'security_opt "{{item}}" runs the container in an SELinux type that is not confined: it is the same as disabling SELinux separation.',
  },
  checkService({ service, report }) {
    for (const o of disabling(service)) {
      const messageId = labelProblem(o)
      if (messageId) report({ messageId, at: o.at, data: { item: o.raw }, fix: itemFix(o) })
    }
  },
  fixPlan({ file, service }) {
    // The Security options form's SELinux choice with the disabling items taken out (Docker's labels when none is left).
    if (!service) return null
    const values = valuesWithout(service, 'label', isDisabling)
    return planOrNull(setSecurityOptPlan(file, service.name, { key: 'label', values, label: 'Remove the option that disables SELinux' }))
  },
})
