// no-privileged-host-ports: host ports below 1024 are the host's well-known services; a container should not take them.
import { itemKeyPath, lowestHostPort, readPorts } from '../../compose/read/settings'
import { defineRule } from '../define-rule'

export default defineRule({
  id: 'no-privileged-host-ports',
  title: 'Do not publish privileged host ports',
  description:
    'Host ports below 1024 are reserved for the host\'s own well-known services (SSH, DNS, HTTP, mail). ' +
    'Publishing one from a container takes it over on the host and, for protocols such as SSH or DNS, can ' +
    'intercept traffic meant for the host. Only the host side counts: a container may listen on port 80 ' +
    'inside and be published on 8080. A reverse proxy that must serve 80/443 is the usual, deliberate exception.',
  severity: 'low',
  checklist: ['no-unnecessary-ports'],
  references: ['CIS Docker Benchmark 5.8', 'https://docs.docker.com/reference/compose-file/services/#ports'],
  fix: 'none',
  panel: 'network',
  howToFix: 'Publish a host port of 1024 or above (`8080:80`). For a reverse proxy that must own 80/443, keep it and record the decision with a waiver.',
  messages: {
    privileged: 'Host port {{port}} is below 1024 (published for container port {{target}}); publish it on an unprivileged host port such as {{suggestion}}.',
    range: 'Host port range {{port}} starts below 1024 (published for container ports {{target}}).',
    fromBase: 'Host port {{port}} (from service "{{base}}" via extends) is below 1024.',
  },
  checkService({ service, report }) {
    for (const p of readPorts(service)) {
      const low = p.unknown ? undefined : lowestHostPort(p)
      // Host port 0 asks Docker for a random port.
      if (low === undefined || low === 0 || low >= 1024) continue
      const data = { port: p.published ?? String(low), target: p.target ?? '?', suggestion: String(low + 8000), base: p.located?.from ?? '' }
      if (!p.at) report({ messageId: 'fromBase', data })
      else report({ messageId: p.published?.includes('-') ? 'range' : 'privileged', at: itemKeyPath(p, 'published'), data })
    }
  },
})
