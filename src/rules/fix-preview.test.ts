import { describe, expect, it } from 'vitest'
import { applyPlan } from '../compose/write/apply-plan'
import { parseCompose } from '../compose/read/parse'
import { analyze } from './engine'
import { planFix } from './fix'
import { changedLines, previewFix } from './fix-preview'
import { RULE_BY_ID } from './registry'
import type { Finding } from './types'

const TEXT = `# the shop
services:
  web:
    image: nginx:1.27        # front end
    privileged: true         # "needed" for the old plugin
    security_opt:
      - seccomp:unconfined   # debugging leftover
      - apparmor:docker-default
  db:
    image: postgres:16
`

const findingOf = (text: string, ruleId: string, service = 'web'): Finding => {
  const f = analyze(parseCompose(text)).find((x) => x.ruleId === ruleId && x.service === service)
  if (!f) throw new Error(`no ${ruleId} finding on ${service}`)
  return f
}

/** Applies the fix plan for `finding` to `text`, as the store's applyEdit does. */
const fix = (text: string, finding: Finding): string => {
  const plan = planFix(finding, parseCompose(text))
  if (typeof plan === 'string') throw new Error(plan)
  const out = applyPlan(text, plan)
  if (!out.ok) throw new Error(out.error)
  return out.text
}

describe('planFix', () => {
  it('removes privileged mode and keeps every comment', () => {
    expect(fix(TEXT, findingOf(TEXT, 'no-privileged'))).toBe(TEXT.replace('    privileged: true         # "needed" for the old plugin\n', ''))
  })

  it('removes the unconfined seccomp item only', () => {
    expect(fix(TEXT, findingOf(TEXT, 'no-seccomp-unconfined'))).toBe(TEXT.replace('      - seccomp:unconfined   # debugging leftover\n', ''))
  })

  it('adds a security_opt list with no-new-privileges where there is none', () => {
    expect(fix(TEXT, findingOf(TEXT, 'require-no-new-privileges', 'db'))).toBe(
      TEXT.replace('    image: postgres:16\n', '    image: postgres:16\n    security_opt:\n      - no-new-privileges:true\n'),
    )
  })

  it('finds the finding again when the text moved since it was shown', () => {
    const shown = findingOf(TEXT, 'no-privileged')
    const typed = TEXT.replace('# the shop\n', '# the shop\n# owned by the web team\n\n')
    expect(fix(typed, shown)).toBe(typed.replace('    privileged: true         # "needed" for the old plugin\n', ''))
  })

  it('says why when the finding is gone or has no fix', () => {
    const shown = findingOf(TEXT, 'no-privileged')
    const fixed = TEXT.replace('    privileged: true         # "needed" for the old plugin\n', '')
    expect(planFix(shown, parseCompose(fixed))).toBe('"Never run privileged containers" is no longer reported for web: nothing to fix.')
    const advice = findingOf(TEXT, 'require-healthcheck')
    expect(planFix(advice, parseCompose(TEXT))).toBe('"Define a health check" has no automatic fix: change web by hand.')
  })
})

describe('previewFix', () => {
  it('gives the text the fix would produce, or the reason it cannot', () => {
    const shown = findingOf(TEXT, 'no-privileged')
    expect(previewFix(shown, parseCompose(TEXT))).toEqual({
      ok: true, label: 'Remove privileged mode', text: fix(TEXT, shown), description: RULE_BY_ID.get('no-privileged')?.fixDescription,
    })
    expect(previewFix(shown, parseCompose('services: [\n'))).toMatchObject({ ok: false })
  })

  it('says what the fix does on the service: what its image needs', () => {
    const preview = previewFix(findingOf(TEXT, 'require-non-root-user', 'db'), parseCompose(TEXT))
    expect(preview).toMatchObject({ ok: true, label: 'Run db as postgres', description: expect.stringContaining('sets `user: postgres`') })
  })
})

describe('changedLines', () => {
  it('is the one block that differs, by line', () => {
    expect(changedLines('a\nb\nc\n', 'a\nB\nB2\nc\n')).toEqual({ line: 2, removed: ['b'], added: ['B', 'B2'] })
    expect(changedLines('a\nb\n', 'a\n')).toEqual({ line: 2, removed: ['b'], added: [] })
    expect(changedLines('same', 'same')).toBeNull()
  })
})
