// require-port-host-ip: a published port without a host IP listens on every interface of the host.
import { bindsAllInterfaces, itemKeyPath, readPorts } from '../../compose/read/settings'
import type { PortMapping } from '../../compose/read/settings'
import { relabel } from '../../edits/edit-result'
import { bindAllPortsToLocalhostPlan } from '../../edits/network'
import { defineRule, planOrNull } from '../define-rule'

const offending = bindsAllInterfaces
/** Compose adds an extended service's ports to the service's own: only the base can change them. */
const fromBase = (p: PortMapping) => p.origin === 'extends'

function describePort(p: PortMapping): string {
  if (!p.long) return `"${p.raw}"`
  const published = p.published ?? 'a random port'
  return `${published} → ${p.target ?? '?'}${p.protocol ? `/${p.protocol}` : ''}`
}

export default defineRule({
  id: 'require-port-host-ip',
  title: 'Bind published ports to a specific host interface',
  description:
    'A published port without a host IP ("8080:80", "80", or long syntax without host_ip, or with an empty one) listens on every ' +
    'interface of the host, including public ones, and Docker\'s own iptables rules let that traffic past most ' +
    'host firewalls (ufw, firewalld). Binding to 127.0.0.1 keeps a development service reachable from the host ' +
    'only; a service that must be public should name the interface it is meant for.',
  severity: 'medium',
  checklist: ['bind-localhost'],
  references: ['CIS Docker Benchmark 5.14', 'https://docs.docker.com/reference/compose-file/services/#ports'],
  fix: 'unsafe',
  panel: 'network',
  fixLabel: 'Bind published ports to 127.0.0.1',
  howToFix: 'Write the interface before the host port: `127.0.0.1:8080:80` for the host only, or the address of the interface that should serve it; in long syntax add `host_ip:`.',
  fixDescription:
    'Binds each such port to 127.0.0.1: "8080:80" becomes "127.0.0.1:8080:80", "80" becomes "127.0.0.1::80" ' +
    '(a random host port, on localhost only), "0.0.0.0:80:80" and "[::]:80:80" become "127.0.0.1:80:80", and a ' +
    'long-syntax port gets host_ip: 127.0.0.1. Other machines can then no longer reach the port.',
  messages: {
    noIp: 'Port {{port}} is published without a host IP, so it listens on every interface of the host.',
    allInterfaces: 'Port {{port}} is published on {{ip}}, which is every interface of the host.',
    fromBase: 'Port {{port}} (from service "{{base}}" via extends) listens on every interface of the host; bind it to 127.0.0.1 in "{{base}}".',
  },
  checkService({ service, report }) {
    for (const p of readPorts(service)) {
      if (!offending(p)) continue
      const data = { port: describePort(p), ip: p.hostIp?.trim() === '' ? 'an empty host IP' : (p.hostIp ?? '') }
      if (fromBase(p)) report({ messageId: 'fromBase', data: { ...data, base: p.located?.from ?? '' }, fix: 'none' })
      // A long-syntax `host_ip:` that binds every interface is reported on its own line.
      else report({ messageId: p.hostIp === undefined ? 'noIp' : 'allInterfaces', at: itemKeyPath(p, 'host_ip'), data })
    }
  },
  fixPlan({ file, service }) {
    // The Network form's "Bind all to 127.0.0.1" button.
    return service ? planOrNull(relabel(bindAllPortsToLocalhostPlan(file, service.name), 'Bind published ports to 127.0.0.1')) : null
  },
})
