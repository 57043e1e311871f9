import { describe, expect, it } from 'vitest'
import { MAX_BYTES, parseCompose } from './parse'

describe('parseCompose', () => {
  it('reads services in document order without needing version:', () => {
    const f = parseCompose('services:\n  web:\n    image: nginx\n  db:\n    image: postgres\n')
    expect(f.errors).toEqual([])
    expect(f.services.map((s) => [s.name, s.keyPos.line, s.keyPos.column])).toEqual([['web', 2, 3], ['db', 4, 3]])
  })

  it('collects syntax errors with 1-based line and column instead of throwing', () => {
    const f = parseCompose('services:\n  web:\n    image: "unterminated\n')
    expect(f.errors.length).toBeGreaterThan(0)
    expect(f.errors[0].line).toBeGreaterThanOrEqual(3)
    expect(f.errors[0].message).not.toContain('\n')
    expect(f.services).toEqual([])
  })

  it('refuses alias bombs quickly with a clear message', () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const cur = String.fromCharCode(97 + i)
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    const t0 = Date.now()
    const f = parseCompose(lines.join('\n') + '\nservices: {}\n')
    expect(Date.now() - t0).toBeLessThan(2000)
    expect(f.errors.map((e) => e.code)).toEqual(['aliases'])
    expect(f.errors[0].message).toMatch(/alias bomb/)
  })

  it('refuses files over the size limit without parsing them', () => {
    const f = parseCompose('#'.repeat(MAX_BYTES + 1))
    expect(f.errors[0].code).toBe('too-large')
  })

  it('handles odd roots and odd keys', () => {
    expect(parseCompose('- a\n- b\n').errors[0].code).toBe('not-a-map')
    expect(parseCompose('').errors).toEqual([])
    expect(parseCompose('').services).toEqual([])
    expect(parseCompose('services: [a]\n').errors[0].code).toBe('services-not-a-map')
    const f = parseCompose('services:\n  __proto__:\n    image: x\n  constructor:\n    privileged: true\n')
    expect(f.errors).toEqual([])
    expect(f.services.map((s) => s.name)).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).image).toBeUndefined()
  })

  it('refuses a service that is not a mapping, naming it and its line', () => {
    const f = parseCompose('services:\n  web:\n    image: nginx:1.27\n  db: postgres:16\n  cache: [redis]\n  empty:\n')
    expect(f.errors.map((e) => [e.code, e.line, e.column])).toEqual([['service-not-a-map', 4, 3], ['service-not-a-map', 5, 3]])
    expect(f.errors[0].message).toMatch(/^Service "db" is the text "postgres:16", not a mapping/)
    expect(f.errors[1].message).toMatch(/^Service "cache" is a list/)
    expect(f.services).toEqual([])
    expect(parseCompose('services:\n  web:\n  n: 3\n').errors[0].message).toMatch(/^Service "n" is the value 3/)
    expect(parseCompose('services:\n  web:\n').errors).toEqual([])
  })

  it('reads a merge key over a list as a plain key, with a warning', () => {
    const f = parseCompose('x: &env\n  - A=1\nservices:\n  app:\n    environment:\n      <<: *env\n')
    expect(f.errors).toEqual([])
    expect(f.warnings.map((w) => [w.code, w.line])).toEqual([['bad-merge', 6]])
    expect(f.services).toHaveLength(1)
  })
})
