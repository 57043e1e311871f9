// require-cap-drop-all: start from no capabilities and add back only what the workload needs.
import { readCapDrop } from '../../compose/read/settings'
import { setDropAllPlan } from '../../edits/capabilities'
import { defineRule, planOrNull } from '../define-rule'

export default defineRule({
  id: 'require-cap-drop-all',
  title: 'Drop all capabilities',
  description:
    'Docker starts every container with 14 Linux capabilities (NET_RAW, CHOWN, SETUID, DAC_OVERRIDE, …) whether it needs them or not; NET_RAW alone allows ARP and DNS spoofing on the container network, and each one widens what an attacker inside can do. `cap_drop: [ALL]` removes them all, and `cap_add` then grants back only the few the workload needs. A `cap_drop` item that is an interpolation without default might be ALL, so the rule does not report that list; `CAP_ALL` is not ALL (Docker refuses it), so it does not count.',
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
    capAll: '`cap_drop` lists CAP_ALL, which is not ALL (Docker refuses it): write the bare word ALL to drop every capability.',
  },
  checkService({ service, report }) {
    const items = readCapDrop(service)
    if (items.length === 0) {
      const empty = Array.isArray(service.data.cap_drop)
      report(empty ? { messageId: 'empty', at: ['cap_drop'] } : { messageId: 'missing' })
      return
    }
    if (items.some((i) => i.name === undefined || i.name === 'ALL')) return
    if (items.some((i) => i.name === 'CAP_ALL')) {
      report({ messageId: 'capAll', at: ['cap_drop'] })
      return
    }
    const caps = items.map((i) => i.name ?? '').join(', ')
    report({ messageId: 'noAll', at: ['cap_drop'], data: { caps } })
  },
  fixPlan({ file, service }) {
    // The Capabilities form's "Drop ALL" switch, turned on.
    return service ? planOrNull(setDropAllPlan(file, service.name, true)) : null
  },
})
