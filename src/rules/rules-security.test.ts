import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { parseCompose } from '../compose/read/parse'
import { analyze } from './engine'
import { applyRuleFixes } from './fix'
import { SECURITY_RULES } from './rules-security'

const word = fc.constantFrom(
  'seccomp:unconfined', 'apparmor=Unconfined', 'label:disable', 'label:type:spc_t', 'apparmor:p', 'no-new-privileges',
  '/var/run/docker.sock:/var/run/docker.sock:ro', '/etc:/etc', '/mnt:/mnt:rshared', 'data:/data', '${X:-/etc}:/x',
  '${Y}', '/dev/sda', 'nvidia.com/gpu=all', 'a *:* rwm', 'c 1:* r', 'host', 'HOST', '${P:-host}', 'private', '',
)
const value = fc.oneof(word, fc.boolean(), fc.integer(), fc.constant(null), fc.array(word, { maxLength: 3 }),
  fc.record({ type: fc.constantFrom('bind', 'volume'), source: word, target: word, read_only: fc.boolean() }, { requiredKeys: [] }))
const KEYS = ['security_opt', 'volumes', 'devices', 'device_cgroup_rules', 'pid', 'ipc', 'uts', 'userns_mode', 'cgroup', 'privileged', 'use_api_socket']
const service = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 4 })

describe('security rules on arbitrary services', () => {
  it('never throw, and their fixes apply and leave no fixable finding', () => {
    fc.assert(fc.property(service, service, (a, b) => {
      const text = stringify({ 'x-base': a, services: { a, b: { ...b, extends: 'a' } } })
      expect(() => analyze(parseCompose(text), SECURITY_RULES)).not.toThrow()
      for (const rule of SECURITY_RULES.filter((r) => r.fix !== 'none')) {
        const out = applyRuleFixes(text, rule)
        expect(out.failed).toEqual([])
        expect(analyze(parseCompose(out.text), [rule]).filter((f) => f.fix !== 'none')).toEqual([])
      }
    }), { numRuns: 100 })
  }, 30_000)
})
