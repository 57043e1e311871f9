import { expect, it } from 'vitest'
import { parseCompose } from '../../compose/read/parse'
import { edited } from '../../edits/test-utils'
import { analyze } from '../../rules/engine'
import { fixEverywhere } from './fix-everywhere'

const TEXT = `services:
  web:
    image: nginx:1.27  # front
  api:
    image: ghcr.io/example/api:1.0
    security_opt: [no-new-privileges:true]
  worker:
    image: ghcr.io/example/worker:1.0
`

it('fixes one rule on every service it fires on, as one plan, and leaves the others alone', () => {
  const findings = analyze(parseCompose(TEXT)).filter((f) => f.ruleId === 'require-no-new-privileges')
  expect(findings.map((f) => f.service)).toEqual(['web', 'worker'])
  const build = fixEverywhere(findings, 'no-new-privileges everywhere')
  const plan = build(parseCompose(TEXT))
  expect(plan).toMatchObject({ label: 'no-new-privileges everywhere' })
  expect(edited(TEXT, build)).toBe(`services:
  web:
    image: nginx:1.27  # front
    security_opt:
      - no-new-privileges:true
  api:
    image: ghcr.io/example/api:1.0
    security_opt: [no-new-privileges:true]
  worker:
    image: ghcr.io/example/worker:1.0
    security_opt:
      - no-new-privileges:true
`)
})

it('offers nothing for findings without a safe fix', () => {
  const findings = analyze(parseCompose(TEXT)).filter((f) => f.ruleId === 'require-non-root-user')
  expect(fixEverywhere(findings, 'x')(parseCompose(TEXT))).toBeNull()
})
