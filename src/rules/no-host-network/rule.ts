// no-host-network: `network_mode: host` removes the container's network isolation from the host.
import { readNetworkMode } from '../../compose/read/settings'
import { relabel } from '../../edits/edit-result'
import { setNetworkModePlan } from '../../edits/network'
import { defineRule, planOrNull } from '../define-rule'

export default defineRule({
  id: 'no-host-network',
  title: 'Do not use the host network',
  description:
    'network_mode: host puts the container in the host\'s network namespace: it can bind any host port, reach ' +
    'services that listen only on the host\'s localhost (the Docker API on TCP, databases, cloud metadata ' +
    'proxies) and sniff or spoof traffic if it also holds NET_RAW or NET_ADMIN. Docker\'s port publishing and ' +
    'network isolation no longer apply, so every port the process opens is open on the host.',
  severity: 'high',
  checklist: ['no-host-network', 'no-host-namespaces'],
  references: ['CIS Docker Benchmark 5.10', 'https://docs.docker.com/reference/compose-file/services/#network_mode'],
  fix: 'unsafe',
  panel: 'network',
  fixLabel: 'Remove `network_mode: host`',
  howToFix: 'Delete `network_mode: host` and publish the ports the service serves with `ports:` (bound to `127.0.0.1` when only the host needs them).',
  fixDescription:
    'Removes `network_mode: host`, so the service joins the project\'s default network (publish the ports it ' +
    'serves with `ports:`). When the value is inherited from an anchor or an extended service, the service ' +
    'overrides it with `network_mode: bridge` instead, leaving the shared definition alone.',
  messages: {
    host: 'network_mode is host: the container shares the host\'s network stack, and every port it opens is open on the host.',
  },
  checkService({ service, report }) {
    if (readNetworkMode(service).value === 'host') report({ messageId: 'host', at: ['network_mode'] })
  },
  fixPlan({ file, service }) {
    if (!service || readNetworkMode(service).value !== 'host') return null
    // The Network form's mode set to the default; where the form refuses that (the value is inherited, or deleting it
    // would bring an anchor's back), set to bridge.
    const cleared = setNetworkModePlan(file, service.name, '')
    if (typeof cleared !== 'string') return planOrNull(relabel(cleared, 'Remove network_mode: host'))
    return planOrNull(relabel(setNetworkModePlan(file, service.name, 'bridge'), 'Override the inherited network_mode: host with bridge'))
  },
})
