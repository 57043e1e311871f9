// no-broad-device-cgroup-rules: a wildcard device cgroup rule allows whole classes of host devices at once.
import { readDeviceCgroupRules } from '../../compose/read/settings'
import type { CgroupRule } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { defineRule } from '../define-rule'

interface Broad { item: CgroupRule; rule: string; scope: string }

const TYPES: Record<string, string> = { a: 'devices', b: 'block devices', c: 'character devices' }

/**
 * Type `a` (every device, also written bare) or a `*` major or minor is broad. The reader lets a variable's default
 * decide, and reads a variable without default as one unknown number (`?`): a literal `*` or type `a` still decides.
 */
function broadRules(service: ServiceView): Broad[] {
  return readDeviceCgroupRules(service).flatMap((item): Broad[] => {
    const { type, major = '*', minor = '*' } = item
    const rule = item.raw.trim()
    if (type === undefined) return []
    if (type === 'a') return [{ item, rule, scope: 'every device on the host, block and character' }]
    if (major === '*') return [{ item, rule, scope: `every host ${TYPES[type]} of every driver` }]
    const driver = major === '?' ? 'the driver a variable names' : `driver (major) ${major}`
    if (minor === '*') return [{ item, rule, scope: `every host ${TYPES[type]} of ${driver}` }]
    return []
  })
}

export default defineRule({
  id: 'no-broad-device-cgroup-rules',
  title: 'Keep device cgroup rules narrow',
  description:
    'device_cgroup_rules add entries to the container\'s device allow-list: `c 189:1 rwm` allows one device. A rule of type `a`, or with `*` as the major or minor number (`c *:* rwm`, `b 8:* rwm`), allows whole classes of host devices, such as every disk or every terminal; a process that can create the device node (mknod is in Docker\'s default capabilities) or that finds it in a mounted /dev can then use it. List the exact major:minor pairs instead.',
  severity: 'high',
  checklist: [],
  references: [
    'Seed checklist: device cgroup rules',
    'CIS Docker Benchmark 5.18',
    'https://docs.docker.com/reference/compose-file/services/#device_cgroup_rules',
  ],
  fix: 'none',
  panel: 'devices',
  howToFix: 'Replace each broad rule with one rule per device the workload uses, e.g. `c 189:1 rwm`; find the numbers with `ls -l /dev/<device>` on the host. Drop the rule entirely if `devices:` already maps what is needed.',
  messages: {
    broad: 'device_cgroup_rules "{{rule}}" allows {{scope}}: the container can open any of them once it has the device node.',
  },
  checkService({ service, report }) {
    for (const b of broadRules(service)) report({ messageId: 'broad', at: b.item.at, data: { rule: b.rule, scope: b.scope } })
  },
})
