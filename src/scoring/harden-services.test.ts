import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import type { ComposeFile } from '../compose/types'
import { analyze } from '../rules/engine'
import { fixKey } from '../rules/fix'
import { hardenText, recentParses } from '../rules/harden'
import type { HardenOptions } from '../rules/harden'
import { RULES } from '../rules/registry'
import { CORPUS_DIR, corpusFiles } from '../testing/corpus'
import { harden, scoreDrop } from './harden'
import { findingsMemo } from './harden-findings'
import { hardenServices } from './harden-services'
import { hardenPrepared, prepareHarden } from './harden-choices'
import { buildReport } from './report'

/** The reference: rule by rule over the whole file, with harden's check (no score may drop). */
function reference(text: string, options: Omit<HardenOptions, 'check'>) {
  const reportOf = (f: ComposeFile) => buildReport(f, analyze(f))
  return hardenText(text, { ...options, check: (prev, next) => scoreDrop(reportOf(prev), reportOf(next)) })
}

const same = (r: ReturnType<typeof harden>) => ({ text: r.text, applied: r.applied, skipped: r.skipped })

/** A small deterministic generator, so a failure names a selection that can be replayed. */
function random(seed: number): () => number {
  let s = seed
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648)
}

// Files with several services, some with databases (the internal network runs over the whole file), ports, long syntax.
const SAMPLE = corpusFiles().filter((_, i) => i % 23 === 0)

describe('harden service by service gives the rule-by-rule text', () => {
  it('on a sample of the corpus, safe and safe + unsafe', () => {
    expect(SAMPLE.length).toBeGreaterThan(10)
    for (const path of SAMPLE) {
      const text = readFileSync(path, 'utf8')
      for (const unsafe of [false, true]) {
        expect(same(harden(text, { unsafe })), `${relative(CORPUS_DIR, path)} unsafe=${unsafe}`).toEqual(reference(text, { unsafe }))
      }
    }
  }, 300_000)

  it('for random selections of fixes, ticked one after another on one prepared text', () => {
    const next = random(7)
    for (const path of SAMPLE.slice(0, 12)) {
      const text = readFileSync(path, 'utf8')
      const prepared = prepareHarden(text)
      const keys = prepared.choices.map((c) => c.key)
      for (let round = 0; round < 4; round++) {
        const selected = new Set(keys.filter(() => next() < 0.6))
        const got = hardenPrepared(prepared, selected)
        const only = (f: Parameters<typeof fixKey>[0]) => selected.has(fixKey(f))
        expect(same(got), `${relative(CORPUS_DIR, path)} round ${round}`).toEqual(reference(text, { unsafe: true, only }))
        expect(got).toEqual(harden(text, { unsafe: true, only }))
      }
    }
  }, 300_000)
})

describe('harden service by service: additions inside what is written', () => {
  const y = (...lines: string[]) => lines.join('\n') + '\n'
  const texts = {
    'a memory limit into an existing deploy, with comments after its last entry': y(
      'services:', '  app:', '    image: nginx:1.27', '    deploy:', '      resources:', '        reservations:', '          memory: 256M',
      '          # deeper than the keys of resources', '        # at the keys of resources', '      # at the keys of deploy', '    restart: always', '  db:', '    image: postgres:16',
    ),
    'host_ip into each long-syntax port, the last one ending the service': y(
      'services:', '  app:', '    image: nginx:1.27', '    ports:', '      - target: 80', '        published: 8080', '      - target: 443', '        published: 8443',
    ),
    'an item into an existing list, and a key after a nested last entry': y(
      'services:', '  app:', '    image: nginx:1.27', '    security_opt:', '      - label:type:container_t', '    deploy:', '      resources:', '        limits:', '          cpus: "1"',
    ),
    'four-space indent, lists at the key': y('services:', '    app:', '        image: nginx:1.27', '        deploy:', '            labels:', '            - a=b', '        cap_add:', '        - NET_ADMIN'),
  }
  for (const [name, text] of Object.entries(texts)) {
    it(`gives the rule-by-rule text: ${name}`, () => {
      for (const unsafe of [false, true]) expect(same(harden(text, { unsafe })), `unsafe=${unsafe}`).toEqual(reference(text, { unsafe }))
    })
  }
})

describe('hardenServices', () => {
  const run = (text: string) => {
    const file = parseCompose(text)
    const reportOf = (f: ComposeFile) => buildReport(f, analyze(f))
    return hardenServices({
      file, rules: RULES, selected: (f) => f.fix !== 'none', parse: recentParses(), findings: findingsMemo(),
      check: (prev, next) => scoreDrop(reportOf(prev), reportOf(next)),
    })
  }

  it('hardens services that read one another together, with the rule-by-rule text', () => {
    const texts = [
      'services:\n  a: &a\n    image: nginx:1.27\n    privileged: true\n  c:\n    image: redis:7\n  b: *a\n',
      'services:\n  base:\n    image: nginx:1.27\n    cap_add: [SYS_ADMIN]\n  other:\n    image: redis:7\n  child:\n    extends: base\n    ports: ["8080:80"]\n',
      'services:\n  a:\n    image: postgres:16\n    depends_on: &deps [c]\n  c:\n    image: redis:7\n  b:\n    image: nginx:1.27\n    depends_on: *deps\n',
    ]
    for (const text of texts) {
      const out = run(text)
      expect(out, text).not.toBeNull()
      expect(out!.file.text, text).toBe(reference(text, { unsafe: true }).text)
      expect(same(harden(text, { unsafe: true })), text).toEqual(reference(text, { unsafe: true }))
    }
    expect(run('services:\n  a:\n    environment: &e {A: 1}\nx-b: *e\n')).toBeNull()
  })

  it('hardens each service in its own lines, and a database’s internal network over the whole file', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    depends_on: [db]\n  db:\n    image: postgres:16\n'
    const out = run(text)!
    expect(out.file.text).toBe(reference(text, { unsafe: true }).text)
    expect(out.file.text).toContain('backend:\n    internal: true')
    expect(out.applied.flat().map((f) => `${f.ruleId} ${f.service}`)).toContain('require-internal-network-for-database db')
  })

  it('reverts a step that would lower the service’s score, for that service only', () => {
    const text = 'services:\n  a:\n    image: nginx:1.27\n  b:\n    image: redis:7\n'
    const file = parseCompose(text)
    const out = hardenServices({
      file, rules: RULES, selected: (f) => f.fix !== 'none', parse: recentParses(),
      check: (prev, _next, ruleId) => (ruleId === 'require-cap-drop-all' && prev.services[0]?.name === 'a' ? 'vetoed' : undefined),
    })!
    expect(out.failures.get(fixKey({ ruleId: 'require-cap-drop-all', service: 'a', line: 0 }))).toBe('vetoed')
    expect(out.file.text).toMatch(/ {2}b:\n(.*\n)* {4}cap_drop:/)
    expect(out.file.text).not.toMatch(/ {2}a:\n(.*\n)* {4}cap_drop:(.*\n)* {2}b:/)
  })
})
