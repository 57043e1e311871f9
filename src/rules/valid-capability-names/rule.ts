// valid-capability-names: Docker refuses to start a container whose cap_add or cap_drop names no capability.
import { isCapabilityName, readCapAdd, readCapDrop } from '../../compose/read/settings'
import type { CapItem } from '../../compose/read/settings'
import { ALL_CAPABILITY_NAMES } from '../../compose/read/capabilities'
import { defineRule } from '../define-rule'

/** The capability a misspelt name most likely meant: the known name it differs from by the fewest edits (at most 2). */
export function closestCapability(name: string): string | undefined {
  let best: { cap: string; d: number } | undefined
  for (const cap of [...ALL_CAPABILITY_NAMES, 'ALL']) {
    const d = distance(name, cap)
    if (d <= 2 && (!best || d < best.d)) best = { cap, d }
  }
  return best?.cap
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = cur
  }
  return prev[b.length]
}

const invalid = (items: CapItem[]) => items.filter((c) => c.name !== undefined && !isCapabilityName(c.name))

export default defineRule({
  id: 'valid-capability-names',
  title: 'Name only capabilities that exist',
  description:
    'cap_add and cap_drop take the names of Linux capabilities (capabilities(7) lists 41, from CHOWN to CHECKPOINT_RESTORE), in any letter case and with or without the CAP_ prefix, or the bare word ALL. Docker refuses any other name and the container does not start, so a typo breaks the deployment, and until someone fixes it the file says less than it seems to: `CAP_ALL` is not ALL (Docker refuses it too), so `cap_drop: [CAP_ALL]` drops nothing and `cap_add: [CAP_ALL]` grants nothing. A name that is an interpolation without default is not judged.',
  severity: 'low',
  checklist: ['drop-capabilities'],
  references: ['https://man7.org/linux/man-pages/man7/capabilities.7.html', 'https://docs.docker.com/reference/compose-file/services/#cap_add'],
  fix: 'none',
  panel: 'capabilities',
  howToFix: 'Correct the name to one of the 41 capabilities (`NET_BIND_SERVICE`, `CHOWN`, …), or write the bare word `ALL` to add or drop every capability; `CAP_ALL` must be written `ALL`.',
  messages: {
    capAll: '`{{key}}` lists {{written}}, which Docker refuses: only the bare word ALL means every capability, so write ALL.',
    unknown: '`{{key}}` lists {{written}}, which is no Linux capability: Docker refuses to start the container.',
    typo: '`{{key}}` lists {{written}}, which is no Linux capability (did you mean {{suggestion}}?): Docker refuses to start the container.',
    fromBase: '`{{key}}` of the extended service "{{base}}" lists {{written}}, which Docker refuses as a capability name; correct it there.',
  },
  checkService({ service, report }) {
    for (const [key, items] of [['cap_add', readCapAdd(service)], ['cap_drop', readCapDrop(service)]] as const) {
      for (const item of invalid(items)) {
        const name = item.name as string
        const data = { key, written: item.raw.trim() === '' ? '""' : item.raw.trim() }
        // An item an `extends` base adds is written there: reported on the service's key, to be fixed on the base.
        if (!item.at) { report({ messageId: 'fromBase', data: { ...data, base: item.located?.from ?? '' } }); continue }
        const at = item.at
        if (name === 'CAP_ALL') { report({ messageId: 'capAll', at, data }); continue }
        const suggestion = closestCapability(name.replace(/^CAP_/, ''))
        if (suggestion) report({ messageId: 'typo', at, data: { ...data, suggestion } })
        else report({ messageId: 'unknown', at, data })
      }
    }
  },
})
