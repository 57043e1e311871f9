// require-cap-drop-all: start from no capabilities and add back only what the workload needs.
import { ownList, readCapDrop } from '../../compose/read/settings'
import { appendOp, plan, setOp } from '../../compose/write/plan'
import { defineRule } from '../define-rule'
import { servicePath } from '../container-helpers'

export default defineRule({
  id: 'require-cap-drop-all',
  title: 'Drop all capabilities',
  description:
    'Docker starts every container with 14 Linux capabilities (NET_RAW, CHOWN, SETUID, DAC_OVERRIDE, …) whether it needs them or not; NET_RAW alone allows ARP and DNS spoofing on the container network, and each one widens what an attacker inside can do. `cap_drop: [ALL]` removes them all, and `cap_add` then grants back only the few the workload needs. A `cap_drop` item that is an interpolation without default might be ALL, so the rule does not report that list.',
  severity: 'high',
  checklist: ['drop-capabilities'],
  references: ['CIS Docker Benchmark 5.4', 'https://docs.docker.com/reference/compose-file/services/#cap_drop'],
  fix: 'unsafe',
  panel: 'capabilities',
  fixLabel: 'Drop all capabilities (`cap_drop: [ALL]`)',
  howToFix: 'Add `cap_drop: [ALL]`, start the service, and add back with `cap_add` only the capabilities its errors name (often `NET_BIND_SERVICE`, or `CHOWN`, `SETUID`, `SETGID` for images that drop privileges themselves).',
  fixDescription: 'Adds ALL to `cap_drop` (creating `cap_drop: [ALL]` when missing); add back with `cap_add` any capability the workload turns out to need.',
  messages: {
    missing: '`cap_drop` is not set: the container keeps Docker\'s 14 default capabilities, such as NET_RAW and SETUID.',
    empty: '`cap_drop` is empty: the container keeps Docker\'s 14 default capabilities, such as NET_RAW and SETUID.',
    noAll: '`cap_drop` lists {{caps}} but not ALL: the rest of Docker\'s 14 default capabilities stay granted.',
  },
  checkService({ service, report }) {
    const items = readCapDrop(service)
    if (items.length === 0) {
      const empty = Array.isArray(service.data.cap_drop)
      report(empty ? { messageId: 'empty', at: ['cap_drop'] } : { messageId: 'missing' })
      return
    }
    if (items.some((i) => i.name === undefined || i.name === 'ALL')) return
    const caps = items.map((i) => i.name ?? '').join(', ')
    report({ messageId: 'noAll', at: ['cap_drop'], data: { caps } })
  },
  fixPlan({ file, service }) {
    if (!service) return null
    const label = `Drop all capabilities of ${service.name}`
    const path = servicePath(service, 'cap_drop')
    // A list written in an anchor is overridden whole on the service, so the anchor's other users keep theirs.
    const origin = service.locate(['cap_drop'])?.origin
    if (origin === 'merge') return plan(label, setOp(path, [...ownList(file, service, 'cap_drop'), 'ALL']))
    const ownValue = service.data.cap_drop
    if (origin === 'own' && ownValue !== null && ownValue !== undefined) return plan(label, appendOp(path, 'ALL'))
    // Missing, empty, or only in an `extends` base (whose list compose merges with the service's own).
    return plan(label, setOp(path, ['ALL']))
  },
})
