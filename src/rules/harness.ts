// The generic fixture harness: fire/ files must give exactly their `# expect:` findings, pass/ files none,
// fix/X.yaml fixed by the rule must equal fix/X.fixed.yaml byte for byte and then no longer fire.
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { analyze } from './engine'
import { applyRuleFixes } from './fix'
import type { Rule } from './types'

export interface FixtureSet {
  fire: string[]
  pass: string[]
  fix: string[]
}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort() : [])

export function listFixtures(dir: string): FixtureSet {
  return {
    fire: yamlFiles(join(dir, 'fire')),
    pass: yamlFiles(join(dir, 'pass')),
    fix: yamlFiles(join(dir, 'fix')).filter((f) => !f.includes('.fixed.')),
  }
}

/** `# expect: <rule> <service|-> <severity> <line> <messageId>` header lines. */
export function parseExpectations(text: string): string[] {
  return [...text.matchAll(/^#\s*expect:\s*(\S+)\s+(\S+)\s+(\S+)\s+(\d+)\s+(\S+)\s*$/gm)].map((m) => `${m[1]} ${m[2]} ${m[3]} ${m[4]} ${m[5]}`).sort()
}

/** Expect lines without their message id: a fixture written in the old four-field form is caught, not ignored. */
const incompleteExpectations = (text: string) => [...text.matchAll(/^#\s*expect:\s*\S+\s+\S+\s+\S+\s+\d+\s*$/gm)].map((m) => m[0])

export function describeRule(rule: Rule, fixturesUrl: URL): void {
  const dir = fileURLToPath(fixturesUrl)
  const set = listFixtures(dir)
  const run = (text: string) => analyze(parseCompose(text), [rule])

  describe(rule.id, () => {
    it('has fixtures that fire and fixtures that do not', () => {
      expect(set.fire.length).toBeGreaterThan(0)
      expect(set.pass.length).toBeGreaterThan(0)
    })

    for (const name of set.fire) {
      it(`fires: ${name}`, () => {
        const text = readFileSync(join(dir, 'fire', name), 'utf8')
        const expected = parseExpectations(text)
        expect(incompleteExpectations(text), '# expect: lines name the message id last').toEqual([])
        expect(expected.length, 'a fire fixture lists its findings in # expect: lines').toBeGreaterThan(0)
        const findings = run(text)
        expect(findings.map((f) => `${f.ruleId} ${f.service ?? '-'} ${f.severity} ${f.line} ${f.messageId}`).sort()).toEqual(expected)
        for (const f of findings) expect(f.message).not.toMatch(/\{\{/)
      })
    }

    for (const name of set.pass) {
      it(`does not fire: ${name}`, () => {
        expect(run(readFileSync(join(dir, 'pass', name), 'utf8'))).toEqual([])
      })
    }

    for (const name of set.fix) {
      it(`fixes exactly: ${name}`, () => {
        const input = readFileSync(join(dir, 'fix', name), 'utf8')
        const expected = readFileSync(join(dir, 'fix', name.replace(/\.ya?ml$/, '.fixed.yaml')), 'utf8')
        const out = applyRuleFixes(input, rule)
        expect(out.failed).toEqual([])
        expect(out.applied.length).toBeGreaterThan(0)
        expect(out.text).toBe(expected)
        expect(run(out.text).filter((f) => f.fix !== 'none')).toEqual([])
      })
    }
  })
}
