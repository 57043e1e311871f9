import { describe, expect, it } from 'vitest'
import { ALL_CAPABILITY_NAMES } from '../compose/read/capabilities'
import { applyPlan } from '../compose/write/apply-plan'
import { parseCompose } from '../compose/read/parse'
import { effectiveCaps } from '../compose/read/settings'
import type { EditPlan } from '../compose/types'
import { grantCapabilityPlan, removeAddAllPlan, revokeCapabilityPlan, setDropAllPlan } from './capabilities'

const TEXT = `# web tier
x-base: &base
  cap_drop: [ALL]   # shared hardening
  cap_add:
    - CHOWN
services:
  web:
    image: nginx:1.27   # front
    cap_drop:
      - ALL             # start from nothing
    cap_add:
      - NET_BIND_SERVICE  # listens on 80
  legacy:
    image: app:1
    cap_drop: [net_raw, MKNOD]  # trimmed defaults
  shared:
    <<: *base
    image: worker:2
  child:
    extends: web
    cap_add: [cap_chown]
  wide:
    image: x
    cap_add: ALL
`

const file = () => parseCompose(TEXT)

/** The text after the plan, which must be a plan (not null, not a refusal). */
function applied(built: EditPlan | null | string): string {
  if (built === null || typeof built === 'string') throw new Error(`expected a plan, got ${String(built)}`)
  const result = applyPlan(TEXT, built)
  if (!result.ok) throw new Error(result.error)
  return result.text
}

const effective = (text: string, name: string) => effectiveCaps(parseCompose(text).services.find((s) => s.name === name)!, ALL_CAPABILITY_NAMES)

describe('granting a capability', () => {
  it('appends it to cap_add, after the commented items', () => {
    const text = applied(grantCapabilityPlan(file(), 'web', 'setuid'))
    expect(text).toBe(TEXT.replace('      - NET_BIND_SERVICE  # listens on 80\n', '      - NET_BIND_SERVICE  # listens on 80\n      - SETUID\n'))
    expect(effective(text, 'web')).toEqual(['NET_BIND_SERVICE', 'SETUID'])
  })

  it('takes a Docker default out of cap_drop rather than adding it back (names in any case, with CAP_)', () => {
    const text = applied(grantCapabilityPlan(file(), 'legacy', 'CAP_NET_RAW'))
    expect(text).toBe(TEXT.replace('cap_drop: [net_raw, MKNOD]  # trimmed defaults', 'cap_drop: [MKNOD]  # trimmed defaults'))
    expect(effective(text, 'legacy')).toContain('NET_RAW')
  })

  it('creates cap_add for a capability outside the defaults', () => {
    expect(applied(grantCapabilityPlan(file(), 'legacy', 'SYS_PTRACE'))).toBe(
      TEXT.replace('trimmed defaults\n', 'trimmed defaults\n    cap_add:\n      - SYS_PTRACE\n'),
    )
  })

  it('copies an anchor\'s list onto the service before appending', () => {
    expect(applied(grantCapabilityPlan(file(), 'shared', 'KILL'))).toBe(
      TEXT.replace('    image: worker:2\n', '    image: worker:2\n    cap_add:\n      - CHOWN\n      - KILL\n'),
    )
  })

  it('changes nothing when the capability is already granted', () => {
    expect(grantCapabilityPlan(file(), 'web', 'NET_BIND_SERVICE')).toBeNull()
    expect(grantCapabilityPlan(file(), 'wide', 'SYS_ADMIN')).toBeNull()
  })
})

describe('revoking a capability', () => {
  it('deletes it from cap_add (an emptied list goes away)', () => {
    const text = applied(revokeCapabilityPlan(file(), 'web', 'NET_BIND_SERVICE'))
    expect(text).toBe(TEXT.replace('    cap_add:\n      - NET_BIND_SERVICE  # listens on 80\n', ''))
    expect(effective(text, 'web')).toEqual([])
  })

  it('drops a Docker default that is still granted', () => {
    expect(applied(revokeCapabilityPlan(file(), 'legacy', 'chown'))).toBe(
      TEXT.replace('cap_drop: [net_raw, MKNOD]', 'cap_drop: [net_raw, MKNOD, CHOWN]'),
    )
  })

  it('overrides an anchor\'s list on the service, leaving the anchor alone', () => {
    expect(applied(revokeCapabilityPlan(file(), 'shared', 'CHOWN'))).toBe(TEXT.replace('    image: worker:2\n', '    image: worker:2\n    cap_add: []\n'))
  })

  it('removes the service\'s own item but refuses one from an extends base', () => {
    expect(applied(revokeCapabilityPlan(file(), 'child', 'CHOWN'))).toBe(TEXT.replace('    cap_add: [cap_chown]\n', ''))
    expect(revokeCapabilityPlan(file(), 'child', 'NET_BIND_SERVICE')).toBe(
      'NET_BIND_SERVICE comes from cap_add of web, which child extends; change it there.',
    )
  })

  it('refuses while cap_add holds ALL, and does nothing for a capability not granted', () => {
    expect(revokeCapabilityPlan(file(), 'wide', 'KILL')).toMatch(/holds ALL/)
    expect(revokeCapabilityPlan(file(), 'web', 'SYS_ADMIN')).toBeNull()
    expect(revokeCapabilityPlan(file(), 'gone', 'KILL')).toMatch(/no service "gone"/)
  })
})

describe('drop ALL', () => {
  it('appends ALL to an existing flow list, keeping its comment', () => {
    expect(applied(setDropAllPlan(file(), 'legacy', true))).toBe(TEXT.replace('[net_raw, MKNOD]', '[net_raw, MKNOD, ALL]'))
    expect(setDropAllPlan(file(), 'web', true)).toBeNull()
  })

  it('switching it off removes ALL, or overrides an inherited list with []', () => {
    expect(applied(setDropAllPlan(file(), 'web', false))).toBe(TEXT.replace('    cap_drop:\n      - ALL             # start from nothing\n', ''))
    expect(applied(setDropAllPlan(file(), 'shared', false))).toBe(TEXT.replace('    image: worker:2\n', '    image: worker:2\n    cap_drop: []\n'))
    expect(setDropAllPlan(file(), 'child', false)).toMatch(/comes from cap_drop of web/)
    expect(setDropAllPlan(file(), 'legacy', false)).toBeNull()
  })
})

it('removes ALL from cap_add', () => {
  expect(applied(removeAddAllPlan(file(), 'wide'))).toBe(TEXT.replace('    cap_add: ALL\n', ''))
  expect(removeAddAllPlan(file(), 'web')).toBeNull()
})
