// no-broad-device-cgroup-rules: a wildcard device cgroup rule allows whole classes of host devices at once.
import type { ComposeFile, ServiceView } from '../../compose/types'
import { toText } from '../../compose/read/values'
import { defineRule } from '../define-rule'
import { listItems } from '../security-helpers'
import type { ListItem } from '../security-helpers'

interface Broad { item: ListItem; rule: string; scope: string }

const TYPES: Record<string, string> = { a: 'devices', b: 'block devices', c: 'character devices' }

/**
 * `type major:minor access`, as in the kernel's devices.allow. Type `a` (every device, also written bare) or a `*`
 * major or minor is broad. Parsed here rather than with the core reader so that a variable's default decides.
 */
function broadRules(file: ComposeFile, service: ServiceView): Broad[] {
  return listItems(file, service, 'device_cgroup_rules').flatMap((item): Broad[] => {
    if (typeof item.value !== 'string' && typeof item.value !== 'number') return []
    const raw = String(item.value).trim()
    const t = toText(raw)
    // A variable without default stands for one unknown number: a literal `*` or type `a` still decides.
    const rule = t.known ? t.value.trim() : raw.replace(/\$\{[^}]*\}|\$[A-Za-z_]\w*/g, '?')
    const m = /^([abc])(?:\s+([^:\s]+):(\S+))?(?:\s+(\S+))?$/i.exec(rule)
    if (!m) return []
    const type = m[1].toLowerCase()
    const [major = '*', minor = '*'] = [m[2], m[3]]
    if (type === 'a') return [{ item, rule: raw, scope: 'every device on the host, block and character' }]
    if (major === '*') return [{ item, rule: raw, scope: `every host ${TYPES[type]} of every driver` }]
    const driver = major === '?' ? 'the driver a variable names' : `driver (major) ${major}`
    if (minor === '*') return [{ item, rule: raw, scope: `every host ${TYPES[type]} of ${driver}` }]
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
  checkService({ file, service, report }) {
    for (const b of broadRules(file, service)) report({ messageId: 'broad', at: b.item.at, data: { rule: b.rule, scope: b.scope } })
  },
})
