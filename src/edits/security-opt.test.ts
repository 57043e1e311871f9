import { applyBuilt as apply } from './test-utils'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { analyze } from '../rules/engine'
import { planFix } from '../rules/fix'
import { setNoNewPrivilegesPlan } from './no-new-privileges'
import { readAppArmor, readSeccomp, readSELinux } from '../compose/read/settings'
import {
  parseLabelOptions,
  setAppArmorPlan,
  setSeccompPlan,
  setSELinuxPlan,
} from './security-opt'

const TEXT = `services:
  app:
    image: nginx:1.27
    security_opt:
      - no-new-privileges:true   # keep
      - seccomp=unconfined       # needs strace, for now
      - apparmor:docker-default
  db:
    image: postgres:16
`

const service = (text: string, name = 'app') => parseCompose(text).services.find((s) => s.name === name)!

describe('reading', () => {
  it('reads each option with its mode', () => {
    expect(readSeccomp(service(TEXT))).toMatchObject({ mode: 'unconfined', value: '' })
    expect(readAppArmor(service(TEXT))).toMatchObject({ mode: 'profile', value: 'docker-default' })
    expect(readSELinux(service(TEXT))).toMatchObject({ mode: 'none', value: '' })
    expect(readSeccomp(service(TEXT, 'db'))).toEqual({ mode: 'default', value: '', located: undefined })
  })

  it('lets the last seccomp item decide, and reads builtin as the default', () => {
    const s = service('services:\n  app:\n    security_opt: [seccomp:unconfined, "seccomp=./p.json"]\n')
    expect(readSeccomp(s)).toMatchObject({ mode: 'custom', value: './p.json' })
    expect(readSeccomp(service('services:\n  app:\n    security_opt: [seccomp=builtin]\n')).mode).toBe('default')
  })

  it('joins SELinux options, and any disable wins', () => {
    expect(readSELinux(service('services:\n  app:\n    security_opt: ["label=type:svirt_t", "label:level:s0:c1,c2"]\n')).value).toBe('type:svirt_t level:s0:c1,c2')
    expect(readSELinux(service('services:\n  app:\n    security_opt: ["label:type:x", "label=DISABLE"]\n')).mode).toBe('disable')
  })

  it('keeps a custom profile that depends on a variable as written', () => {
    expect(readSeccomp(service('services:\n  app:\n    security_opt: ["seccomp:${PROFILE}"]\n'))).toMatchObject({ mode: 'custom', value: '${PROFILE}' })
  })

  it('marks inherited items', () => {
    const s = service('x-base: &base\n  security_opt: [apparmor:my-profile]\nservices:\n  app:\n    <<: *base\n')
    expect(readAppArmor(s).located).toMatchObject({ origin: 'merge', anchor: 'base' })
  })
})

describe('seccomp', () => {
  it('replaces the item in place, keeping its separator and comment', () => {
    expect(apply(TEXT, setSeccompPlan(parseCompose(TEXT), 'app', { mode: 'custom', value: ' ./seccomp/app.json ' }))).toBe(
      TEXT.replace('- seccomp=unconfined       # needs strace', '- seccomp=./seccomp/app.json       # needs strace'),
    )
  })

  it('deletes the item when set back to the default', () => {
    expect(apply(TEXT, setSeccompPlan(parseCompose(TEXT), 'app', { mode: 'default' }))).toBe(TEXT.replace('      - seccomp=unconfined       # needs strace, for now\n', ''))
  })

  it('appends with the separator the service already uses, and creates the list when missing', () => {
    const eq = 'services:\n  app:\n    security_opt:\n      - no-new-privileges=true\n'
    expect(apply(eq, setSeccompPlan(parseCompose(eq), 'app', { mode: 'unconfined' }))).toBe(`${eq}      - seccomp=unconfined\n`)
    expect(apply(TEXT, setSeccompPlan(parseCompose(TEXT), 'db', { mode: 'unconfined' }))).toBe(`${TEXT}    security_opt:\n      - seccomp:unconfined\n`)
  })

  it('collapses duplicates into one item and does nothing when nothing changes', () => {
    const dup = 'services:\n  app:\n    security_opt: [seccomp:unconfined, seccomp:unconfined]\n'
    expect(apply(dup, setSeccompPlan(parseCompose(dup), 'app', { mode: 'custom', value: 'p.json' }))).toBe('services:\n  app:\n    security_opt: ["seccomp:p.json"]\n')
    expect(setSeccompPlan(parseCompose(TEXT), 'app', { mode: 'unconfined' })).toBeNull()
    expect(setSeccompPlan(parseCompose(TEXT), 'db', { mode: 'default' })).toBeNull()
  })

  it('refuses an empty path', () => {
    expect(setSeccompPlan(parseCompose(TEXT), 'app', { mode: 'custom', value: '  ' })).toMatch(/Enter the path/)
  })
})

describe('AppArmor', () => {
  it('sets a named profile in place, and unconfined', () => {
    expect(apply(TEXT, setAppArmorPlan(parseCompose(TEXT), 'app', { mode: 'profile', value: 'my-app' }))).toBe(TEXT.replace('apparmor:docker-default', 'apparmor:my-app'))
    expect(apply(TEXT, setAppArmorPlan(parseCompose(TEXT), 'app', { mode: 'unconfined' }))).toBe(TEXT.replace('apparmor:docker-default', 'apparmor:unconfined'))
  })

  it('removes the list when its last item goes', () => {
    const one = 'services:\n  app:\n    image: x # web\n    security_opt: [apparmor=unconfined]\n    read_only: true\n'
    expect(apply(one, setAppArmorPlan(parseCompose(one), 'app', { mode: 'default' }))).toBe('services:\n  app:\n    image: x # web\n    read_only: true\n')
  })

  it('edits a lone scalar security_opt by its key', () => {
    const scalar = 'services:\n  app:\n    security_opt: apparmor=unconfined # test rig\n'
    expect(apply(scalar, setAppArmorPlan(parseCompose(scalar), 'app', { mode: 'profile', value: 'rig' }))).toBe('services:\n  app:\n    security_opt: apparmor=rig # test rig\n')
  })

  it('refuses names with spaces', () => {
    expect(setAppArmorPlan(parseCompose(TEXT), 'app', { mode: 'profile', value: 'my profile' })).toMatch(/spaces/)
  })
})

describe('SELinux', () => {
  it('maps the options onto the label items: rewrite, append, remove', () => {
    const two = 'services:\n  app:\n    security_opt:\n      - label=type:svirt_t # custom type\n      - label=level:s0:c1\n'
    expect(apply(two, setSELinuxPlan(parseCompose(two), 'app', { mode: 'options', value: 'type:container_t' }))).toBe(
      'services:\n  app:\n    security_opt:\n      - label=type:container_t # custom type\n',
    )
    expect(apply(two, setSELinuxPlan(parseCompose(two), 'app', { mode: 'options', value: 'type:svirt_t level:s0:c1 role:r' }))).toBe(`${two}      - label=role:r\n`)
    expect(apply(two, setSELinuxPlan(parseCompose(two), 'app', { mode: 'disable' }))).toBe('services:\n  app:\n    security_opt:\n      - label=disable # custom type\n')
    expect(apply(two, setSELinuxPlan(parseCompose(two), 'app', { mode: 'none' }))).toBe('services:\n  app: {}\n')
  })

  it('validates the options', () => {
    expect(parseLabelOptions(' type:container_t   level:s0:c1,c2 ')).toEqual(['type:container_t', 'level:s0:c1,c2'])
    expect(parseLabelOptions('container_t')).toMatch(/"container_t" is not an SELinux option/)
    expect(setSELinuxPlan(parseCompose(TEXT), 'app', { mode: 'options', value: '' })).toMatch(/at least one/)
  })
})

describe('inherited security_opt', () => {
  const INHERITED = `x-defaults: &defaults
  security_opt:
    - no-new-privileges:true
    - seccomp:unconfined # shared
services:
  app:
    <<: *defaults
    image: nginx
`
  it('writes an override on the service and leaves the anchor alone', () => {
    expect(apply(INHERITED, setSeccompPlan(parseCompose(INHERITED), 'app', { mode: 'default' }))).toBe(`${INHERITED}    security_opt:\n      - no-new-privileges:true\n`)
    expect(apply(INHERITED, setAppArmorPlan(parseCompose(INHERITED), 'app', { mode: 'profile', value: 'p' }))).toBe(
      `${INHERITED}    security_opt:\n      - no-new-privileges:true\n      - seccomp:unconfined\n      - apparmor:p\n`,
    )
  })

  it('refuses to change an item written on the service it extends, but can add one', () => {
    const ext = 'services:\n  base:\n    security_opt: [seccomp:unconfined]\n  app:\n    extends: base\n'
    expect(setSeccompPlan(parseCompose(ext), 'app', { mode: 'default' })).toBe('"seccomp:unconfined" comes from base, the service app extends; change it there.')
    expect(apply(ext, setAppArmorPlan(parseCompose(ext), 'app', { mode: 'profile', value: 'p' }))).toBe(`${ext}    security_opt:\n      - apparmor:p\n`)
  })
})

describe('no-new-privileges under extends, when the base also sets security_opt', () => {
  // The base's items come first in the list the service sees, so the resolved index is not the index in the text.
  const OWN_FALSE = `services:
  base:
    image: nginx:1.27
    security_opt:
      - seccomp:unconfined
  app:
    extends: base
    security_opt:
      - no-new-privileges:false # for now
`
  const BASE_FALSE = `services:
  base:
    image: nginx:1.27
    security_opt:
      - no-new-privileges:false
  app:
    extends: base
    security_opt:
      - apparmor:docker-default
`
  /** The text after the rule's quick fix for its finding on app, as the findings list applies it. */
  const ruleFix = (text: string): string => {
    const file = parseCompose(text)
    const finding = analyze(file).find((f) => f.ruleId === 'require-no-new-privileges' && f.service === 'app')
    if (!finding) throw new Error('no require-no-new-privileges finding on app')
    return apply(text, planFix(finding, file))
  }

  it('rewrites the item as written on the service', () => {
    const expected = OWN_FALSE.replace('- no-new-privileges:false # for now', '- no-new-privileges:true # for now')
    expect(apply(OWN_FALSE, setNoNewPrivilegesPlan(parseCompose(OWN_FALSE), 'app', true))).toBe(expected)
    expect(apply(expected, setNoNewPrivilegesPlan(parseCompose(expected), 'app', false))).toBe(OWN_FALSE)
  })

  it('adds an item on the service when the deciding one is written on the base, leaving the base and the own items alone', () => {
    expect(apply(BASE_FALSE, setNoNewPrivilegesPlan(parseCompose(BASE_FALSE), 'app', true))).toBe(`${BASE_FALSE}      - no-new-privileges:true\n`)
    const noOwn = 'services:\n  base:\n    security_opt: [no-new-privileges:true]\n  app:\n    extends: base\n'
    expect(apply(noOwn, setNoNewPrivilegesPlan(parseCompose(noOwn), 'app', false))).toBe(`${noOwn}    security_opt:\n      - no-new-privileges:false\n`)
    expect(setNoNewPrivilegesPlan(parseCompose(noOwn), 'app', true)).toBeNull()
  })

  it('gives the same text as the quick fix of require-no-new-privileges', () => {
    for (const text of [OWN_FALSE, BASE_FALSE]) expect(apply(text, setNoNewPrivilegesPlan(parseCompose(text), 'app', true))).toBe(ruleFix(text))
  })
})
