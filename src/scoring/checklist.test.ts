import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import type { Finding } from '../rules/types'
import { CHECKLIST_ITEMS, evaluateChecklist } from './checklist'

const f = (ruleId: string, service: string | null, severity: Finding['severity'] = 'medium'): Finding =>
  ({ ruleId, severity, service, messageId: 'm', message: 'm', line: 1, column: 1, fix: 'none' })

const TEXT = `services:
  web:
    image: nginx:1.27
    ports: ["127.0.0.1:8080:80"]
  db:
    image: postgres:16
  cache:
    image: redis:7
    read_only: true
  worker:
    image: example/worker:1
    read_only: true
    tmpfs: [/tmp]
`
const item = (entries: ReturnType<typeof evaluateChecklist>, id: string) => entries.find((e) => e.id === id)!
const statusOf = (entries: ReturnType<typeof evaluateChecklist>, id: string) =>
  Object.fromEntries(item(entries, id).services.map((s) => [s.name, s.status]))

describe('evaluateChecklist', () => {
  const file = parseCompose(TEXT)

  it('has the 18 items of the seed in 4 groups', () => {
    expect(CHECKLIST_ITEMS).toHaveLength(18)
    expect(new Set(CHECKLIST_ITEMS.map((i) => i.group)).size).toBe(4)
    expect(new Set(CHECKLIST_ITEMS.map((i) => i.id)).size).toBe(18)
  })

  it('fails an item for the services its deciding rules fire on, in document order', () => {
    const out = evaluateChecklist(file, [f('require-non-root-user', 'db'), f('require-non-root-user', 'web')])
    expect(item(out, 'non-root-user')).toMatchObject({ status: 'fail', failing: ['web', 'db'] })
    expect(item(out, 'non-root-user').services.find((s) => s.name === 'db')?.reasons).toEqual(['require-non-root-user'])
    expect(item(out, 'no-new-privileges')).toMatchObject({ status: 'pass', failing: [] })
  })

  it('uses every deciding rule of an item', () => {
    const out = evaluateChecklist(file, [f('require-pids-limit', 'worker'), f('no-host-network', 'cache')])
    expect(item(out, 'resource-limits').failing).toEqual(['worker'])
    expect(item(out, 'no-host-namespaces').failing).toEqual(['cache'])
    expect(item(out, 'no-host-network').failing).toEqual(['cache'])
  })

  it('is n/a where an item does not apply: internal networks for non-databases, localhost binding without ports', () => {
    const out = evaluateChecklist(file, [])
    expect(statusOf(out, 'internal-networks')).toEqual({ web: 'n/a', db: 'pass', cache: 'pass', worker: 'n/a' })
    expect(statusOf(out, 'bind-localhost')).toEqual({ web: 'pass', db: 'n/a', cache: 'n/a', worker: 'n/a' })
    expect(statusOf(out, 'no-unnecessary-ports')).toEqual({ web: 'pass', db: 'pass', cache: 'pass', worker: 'pass' })
  })

  it('applies tmpfs to read-only or tmpfs-using services, and fails a read-only root with nowhere to write', () => {
    const out = evaluateChecklist(file, [])
    expect(statusOf(out, 'tmpfs')).toEqual({ web: 'n/a', db: 'n/a', cache: 'fail', worker: 'pass' })
    expect(item(out, 'tmpfs').services.find((s) => s.name === 'cache')?.reasons[0]).toMatch(/read-only root/)
  })

  it('lets a deciding rule that fires fail the item even where it would be n/a', () => {
    const out = evaluateChecklist(file, [f('require-internal-network-for-database', 'web')])
    expect(statusOf(out, 'internal-networks').web).toBe('fail')
  })

  it('is n/a overall when no service applies, and without services', () => {
    const none = evaluateChecklist(parseCompose('services:\n  w:\n    image: a:1\n'), [])
    expect(item(none, 'bind-localhost').status).toBe('n/a')
    const empty = evaluateChecklist(parseCompose('name: x\n'), [])
    expect(empty.filter((e) => e.status !== 'manual').every((e) => e.status === 'n/a')).toBe(true)
  })

  it('keeps manual items manual until ticked', () => {
    const out = evaluateChecklist(file, [], { ticked: ['audit-events'] })
    expect(item(out, 'monitor-resources').status).toBe('manual')
    expect(item(out, 'audit-events').status).toBe('pass')
    expect(item(out, 'monitor-resources').services.every((s) => s.status === 'manual')).toBe(true)
  })

  it('shows an item that only info findings speak against as advice to consider, never as a failure', () => {
    const out = evaluateChecklist(file, [f('consider-mac-profile', 'web', 'info'), f('consider-mac-profile', 'db', 'info')])
    expect(item(out, 'mac-profiles')).toMatchObject({ status: 'consider', failing: [] })
    expect(statusOf(out, 'mac-profiles')).toEqual({ web: 'consider', db: 'consider', cache: 'pass', worker: 'pass' })
    expect(item(out, 'mac-profiles').services[0].reasons).toEqual(['consider-mac-profile'])
    const mixed = evaluateChecklist(file, [f('consider-mac-profile', 'web', 'info'), f('no-apparmor-unconfined', 'db', 'high')])
    expect(item(mixed, 'mac-profiles')).toMatchObject({ status: 'fail', failing: ['db'] })
    expect(statusOf(mixed, 'mac-profiles').web).toBe('consider')
    const both = evaluateChecklist(file, [f('consider-mac-profile', 'web', 'info'), f('no-selinux-disabled', 'web', 'high')])
    expect(statusOf(both, 'mac-profiles').web).toBe('fail')
  })

  it('lists the new rules among the deciders of their items', () => {
    const out = evaluateChecklist(file, [f('valid-capability-names', 'web', 'low'), f('no-tmpfs-exec', 'worker', 'low'), f('no-logging-disabled', 'db', 'low')])
    expect(item(out, 'drop-capabilities').failing).toEqual(['web'])
    expect(item(out, 'tmpfs').services.find((s) => s.name === 'worker')?.reasons).toEqual(['no-tmpfs-exec'])
    expect(item(out, 'logging').failing).toEqual(['db'])
  })

  it('ignores file-level findings and does not count waived ones', () => {
    const out = evaluateChecklist(file, [f('require-healthcheck', null), f('require-healthcheck', 'web')], {
      waivers: [{ ruleId: 'require-healthcheck', service: 'web', reason: 'checked by the proxy' }],
    })
    expect(item(out, 'healthchecks')).toMatchObject({ status: 'waived', failing: [] })
    expect(item(out, 'healthchecks').services[0]).toMatchObject({ status: 'waived', waived: [{ ruleId: 'require-healthcheck', reason: 'checked by the proxy' }] })
  })
})
