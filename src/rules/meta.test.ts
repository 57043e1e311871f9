// The meta-test: rule folders, fixtures, registry and metadata must agree with each other and with docs/rules.md, the
// project's rule catalogue (its tables, and its generated reference section: UPDATE_DOCS=1 rewrites that section).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CHECKLIST_ITEMS } from '../scoring/checklist-items'
import { listFixtures } from './harness'
import { RULES } from './registry'
import { withRuleReference } from './rule-reference'
import type { Rule, Severity } from './types'
import { SEVERITIES } from './types'

const here = fileURLToPath(new URL('.', import.meta.url))
const SPEC = resolve(here, '../../docs/rules.md')

interface SpecRule { id: string; severities: Severity[]; fix: string; references: string }

/** The rule tables of the spec: rows with an id in the first cell; continuation rows (empty id) add severity tiers. */
function parseSpecRules(md: string): SpecRule[] {
  const section = md.slice(md.indexOf('## Rules'), md.indexOf('## The checklist panel'))
  const rules: SpecRule[] = []
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim())
    if (cells.length < 5 || cells[0] === 'id' || /^-+$/.test(cells[0])) continue
    const severities = SEVERITIES.filter((s) => new RegExp(`\\b${s}\\b`).test(cells[2]))
    if (cells[0] === '') {
      rules.at(-1)?.severities.push(...severities)
      continue
    }
    rules.push({ id: cells[0], severities, fix: cells[3], references: cells[4] })
  }
  return rules
}

/** The checklist table: group (carried down), item text, and the rule ids its "decided by" cell names. */
function parseSpecChecklist(md: string, ids: ReadonlySet<string>): Array<{ group: string; item: string; decidedBy: string[] }> {
  const section = md.slice(md.indexOf('## The checklist panel'), md.indexOf('## Command-line output'))
  const out: Array<{ group: string; item: string; decidedBy: string[] }> = []
  let group = ''
  for (const line of section.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim())
    if (cells.length !== 3 || cells[0] === 'group' || /^-+$/.test(cells[0])) continue
    if (cells[0]) group = cells[0]
    out.push({ group, item: cells[1], decidedBy: [...cells[2].matchAll(/[a-z0-9]+(?:-[a-z0-9]+)+/g)].map((m) => m[0]).filter((w) => ids.has(w)) })
  }
  return out
}

const spec = existsSync(SPEC) ? readFileSync(SPEC, 'utf8') : ''
const specRules = parseSpecRules(spec)
const specIds = new Set(specRules.map((r) => r.id))
const specChecklist = parseSpecChecklist(spec, specIds)

const folders = readdirSync(here).filter((name) => statSync(join(here, name)).isDirectory()).sort()
const worst = (list: readonly Severity[]) => SEVERITIES.find((s) => list.includes(s))

describe('docs/rules.md', () => {
  it('is found and its tables hold one row per registered rule and the 18 checklist items', () => {
    expect(spec, `catalogue not found at ${SPEC}`).not.toBe('')
    expect(specRules).toHaveLength(RULES.length)
    expect(specIds.size).toBe(RULES.length)
    expect(specChecklist).toHaveLength(18)
  })

  it('has the rule reference section generated from the current metadata (npm run docs:rules refreshes it)', () => {
    const current = withRuleReference(spec, RULES)
    if (process.env.UPDATE_DOCS) writeFileSync(SPEC, current)
    else expect(spec, 'docs/rules.md is stale: run npm run docs:rules').toBe(current)
  })
})

describe('registry', () => {
  it('registers exactly the rule ids of the catalogue', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...specIds].sort())
  })

  it('has unique ids, sorted', () => {
    const ids = RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual([...ids].sort())
  })

  it('registers every rule folder, and every registered rule has a folder', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(folders)
  })
})

describe.each(folders)('rule folder %s', (folder) => {
  const dir = join(here, folder)
  const rule: Rule | undefined = RULES.find((r) => r.id === folder)

  it('has rule.ts whose rule id is the folder name', async () => {
    expect(existsSync(join(dir, 'rule.ts')), `${folder}/rule.ts`).toBe(true)
    const mod = (await import(`./${folder}/rule.ts`)) as { default?: Rule }
    expect(mod.default?.id).toBe(folder)
  })

  it('has fixtures that fire and fixtures that pass', () => {
    const set = listFixtures(join(dir, 'fixtures'))
    expect(set.fire.length, `${folder}/fixtures/fire/*.yaml`).toBeGreaterThan(0)
    expect(set.pass.length, `${folder}/fixtures/pass/*.yaml`).toBeGreaterThan(0)
  })

  it('has a fix/X.yaml + X.fixed.yaml pair for a safe or unsafe fix, and no unpaired fix file', () => {
    const fixDir = join(dir, 'fixtures', 'fix')
    const files = existsSync(fixDir) ? readdirSync(fixDir).filter((f) => /\.ya?ml$/.test(f)) : []
    const inputs = files.filter((f) => !/\.fixed\.ya?ml$/.test(f))
    const outputs = files.filter((f) => /\.fixed\.ya?ml$/.test(f))
    if (rule && rule.fix !== 'none') expect(inputs.length, `${folder}: fix kind ${rule.fix} needs fixtures/fix/X.yaml + X.fixed.yaml`).toBeGreaterThan(0)
    for (const f of inputs) expect(outputs, `${folder}/fixtures/fix/${f} has no .fixed.yaml`).toContain(f.replace(/\.ya?ml$/, '.fixed.yaml'))
    for (const f of outputs) expect(inputs.map((i) => i.replace(/\.ya?ml$/, '.fixed.yaml')), `${folder}/fixtures/fix/${f} has no input`).toContain(f)
  })

  it('has a test file that runs the harness', () => {
    expect(existsSync(join(dir, 'rule.test.ts')), `${folder}/rule.test.ts`).toBe(true)
  })
})

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s metadata', (id, rule) => {
  const fromSpec = specRules.find((r) => r.id === id)

  it('has a title, a description, references and checklist items', () => {
    expect(rule.title.trim().length).toBeGreaterThan(0)
    expect(rule.description.trim().length).toBeGreaterThan(20)
    if (fromSpec && fromSpec.references !== '') expect(rule.references.length, `${id}: the catalogue lists references (${fromSpec.references})`).toBeGreaterThan(0)
    if (rule.fix !== 'none') expect(rule.fixDescription?.trim(), `${id}: a fix says what it does`).toBeTruthy()
    expect(rule.howToFix.trim().length, `${id}: says how to fix it by hand`).toBeGreaterThan(20)
  })

  it('has the severity and fix kind of the catalogue', () => {
    expect(fromSpec, `${id} is not in docs/rules.md`).toBeDefined()
    if (!fromSpec) return
    expect(rule.severity, `${id}: the highest severity of its catalogue rows`).toBe(worst(fromSpec.severities))
    expect(rule.fix, `${id}: fix column "${fromSpec.fix}"`).toBe(fromSpec.fix.startsWith('unsafe') ? 'unsafe' : fromSpec.fix.startsWith('safe') ? 'safe' : 'none')
  })

  it('lists exactly the checklist items whose "decided by" names it', () => {
    const items = specChecklist.filter((c) => c.decidedBy.includes(id)).map((c) => CHECKLIST_ITEMS.find((i) => i.title === c.item)?.id)
    expect([...rule.checklist].sort()).toEqual(items.sort())
  })
})

describe('checklist items', () => {
  it('match the catalogue table: groups, item texts in order, deciding rules', () => {
    expect(CHECKLIST_ITEMS.map((i) => ({ group: i.group, item: i.title, decidedBy: [...i.decidedBy].sort() })))
      .toEqual(specChecklist.map((c) => ({ ...c, decidedBy: [...c.decidedBy].sort() })))
  })
})
