// no-dangerous-capabilities: each added capability is a kernel privilege; some are a container escape on their own.
import { DOCKER_DEFAULT_CAPS, isCapabilityName, readCapAdd } from '../../compose/read/settings'
import type { CapItem } from '../../compose/read/settings'
import { revokeCapabilityPlan } from '../../edits/capabilities'
import { relabel } from '../../edits/edit-result'
import { defineRule, planOrNull } from '../define-rule'
import type { Severity } from '../types'

/** What each high-tier capability lets a process do, for the message. */
export const HIGH_CAPS: Readonly<Record<string, string>> = {
  SYS_MODULE: 'lets it load kernel modules, that is, run code inside the host kernel',
  SYS_RAWIO: 'gives raw access to I/O ports and memory (/dev/mem, iopl)',
  SYS_PTRACE: 'lets it trace other processes and inject code into them',
  SYS_BOOT: 'lets it reboot the host or load a new kernel with kexec',
  SYS_TIME: 'lets it set the host clock, shared by every container',
  DAC_READ_SEARCH: 'bypasses file read checks and allows open_by_handle_at (the "shocker" container escape)',
  NET_ADMIN: 'lets it reconfigure interfaces, routes and firewall rules',
  BPF: 'lets it load BPF programs into the kernel',
  PERFMON: 'lets it observe the kernel and other processes through perf events',
  MAC_ADMIN: 'lets it change the AppArmor or SELinux policy that confines it',
  MAC_OVERRIDE: 'lets it bypass the AppArmor or SELinux policy',
  LINUX_IMMUTABLE: 'lets it change immutable and append-only file flags',
  SYSLOG: 'lets it read and clear the kernel log, leaking kernel addresses',
}

interface Offending { item: CapItem; cap: string; severity: Severity }

/** The tier of a normalised capability name; undefined for Docker's defaults and for names that are no capability
 *  (`CAP_ALL`, typos: Docker refuses them, and valid-capability-names reports them). */
export function tierOf(cap: string): Severity | undefined {
  if (!isCapabilityName(cap)) return undefined
  if (cap === 'ALL' || cap === 'SYS_ADMIN') return 'critical'
  if (cap in HIGH_CAPS) return 'high'
  return DOCKER_DEFAULT_CAPS.includes(cap) ? undefined : 'low'
}

function offending(items: CapItem[]): Offending[] {
  const out: Offending[] = []
  for (const item of items) {
    const cap = item.name
    const severity = cap === undefined ? undefined : tierOf(cap)
    if (cap !== undefined && severity) out.push({ item, cap, severity })
  }
  return out
}

export default defineRule({
  id: 'no-dangerous-capabilities',
  title: 'Add no dangerous capabilities',
  description:
    'cap_add grants Linux capabilities beyond Docker\'s default 14. ALL and SYS_ADMIN make the container nearly as powerful as root on the host (mounts, namespaces, many known escapes); SYS_MODULE, SYS_PTRACE, NET_ADMIN, DAC_READ_SEARCH, BPF and the like each open a direct path into the host kernel, other processes or the network stack; any other non-default capability widens the attack surface too. Names are read case-insensitively with or without the CAP_ prefix, but only the bare word ALL means every capability: Docker refuses `CAP_ALL` and other names that are no capability, which valid-capability-names reports instead; an interpolation without default is not judged. One finding per capability, at its line.',
  severity: 'critical',
  checklist: ['drop-capabilities'],
  references: ['CIS Docker Benchmark 5.4', 'https://docs.docker.com/reference/compose-file/services/#cap_add', 'https://man7.org/linux/man-pages/man7/capabilities.7.html'],
  fix: 'unsafe',
  panel: 'capabilities',
  fixLabel: 'Remove the dangerous capabilities from `cap_add`',
  howToFix: 'Remove the capability from `cap_add`. Find the narrower one the workload needs (for example `NET_BIND_SERVICE` instead of `NET_ADMIN` to bind a port below 1024), or change the workload so it needs none.',
  fixDescription: 'Removes the listed capabilities from `cap_add`; a workload that truly needs one breaks, so keep it only with a recorded reason.',
  messages: {
    all: '`cap_add` grants ALL capabilities: together they are as good as root on the host.',
    sysAdmin: '`cap_add` grants SYS_ADMIN, which is nearly root on the host: mounts, namespaces and many known escapes.',
    high: '`cap_add` grants {{cap}}, which {{why}}.',
    low: '`cap_add` grants {{cap}}, which is not in Docker\'s default set; keep it only if the workload needs it.',
    fromBase: '`cap_add` of the extended service grants {{cap}} ({{severity}}); remove it there, the service cannot take it away.',
  },
  checkService({ service, report }) {
    for (const { item, cap, severity } of offending(readCapAdd(service))) {
      if (!item.at) {
        report({ messageId: 'fromBase', severity, fix: 'none', data: { cap, severity } })
        continue
      }
      // compose appends an `extends` base's cap_add to the service's own: the service cannot remove it.
      const common = { severity, at: item.at, fix: item.origin === 'extends' ? ('none' as const) : undefined }
      if (cap === 'ALL') report({ ...common, messageId: 'all', data: { cap } })
      else if (cap === 'SYS_ADMIN') report({ ...common, messageId: 'sysAdmin', data: { cap } })
      else if (severity === 'high') report({ ...common, messageId: 'high', data: { cap, why: HIGH_CAPS[cap] } })
      else report({ ...common, messageId: 'low', data: { cap } })
    }
  },
  fixPlan({ file, service }) {
    if (!service) return null
    // The Capabilities form's switches, each dangerous capability revoked; one from an `extends` base has no fix here.
    const bad = [...new Set(offending(readCapAdd(service)).filter((o) => o.item.origin === 'own' || o.item.origin === 'merge').map((o) => o.cap))]
    if (bad.length === 0) return null
    return planOrNull(relabel(revokeCapabilityPlan(file, service.name, bad), `Remove ${bad.join(', ')} from the capabilities of ${service.name}`))
  },
})
