import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import web from '../examples/templates/web.yaml?raw'
import { fixKey } from '../rules/fix'
import { harden } from './harden'
import { defaultSelection, failedChoices, hardenChoicesFor, hardenPrepared, hardenSelected, prepareHarden } from './harden-choices'

const TEXT = readFileSync(new URL('../../e2e/scenarios/unhardened.yaml', import.meta.url), 'utf8')

const LOGGING = `    logging:
      driver: json-file
      options:
        max-size: 10m
        max-file: "3"
`

const row = (c: ReturnType<typeof hardenChoicesFor>[number]) => `${c.fix} ${c.ruleId} ${c.service} ${c.severity}`

describe('harden choices', () => {
  it('lists one choice per rule and service: safe ones first, then unsafe, in document order', () => {
    const choices = hardenChoicesFor(TEXT)
    expect(choices.map(row)).toEqual([
      'safe require-no-new-privileges web high',
      'safe require-logging-limits web low',
      'safe no-seccomp-unconfined web high',
      'safe require-no-new-privileges worker high',
      'safe require-logging-limits worker low',
      'unsafe require-cap-drop-all web high',
      'unsafe require-memory-limit web medium',
      'unsafe require-non-root-user web medium',
      'unsafe require-pids-limit web medium',
      'unsafe require-read-only-rootfs web medium',
      'unsafe require-cpu-limit web low',
      'unsafe require-cap-drop-all worker high',
      'unsafe require-memory-limit worker medium',
      'unsafe require-pids-limit worker medium',
      'unsafe require-read-only-rootfs worker medium',
      'unsafe require-cpu-limit worker low',
      'unsafe require-non-root-user worker high',
    ])
    const root = choices.at(-1)!
    expect(root).toMatchObject({ title: 'Run as a non-root user', line: 11, messages: [expect.stringMatching(/root/)] })
    expect(root.fixDescription).toMatch(/1000:1000/)
  })

  it('has no choices for a hardened file or for broken YAML', () => {
    expect(hardenChoicesFor(web)).toEqual([])
    expect(hardenChoicesFor('services:\n  app:\n    image: x: y\n')).toEqual([])
  })

  it('offers no fix for a waived finding, and says what each fix does on its service\'s image', () => {
    const text = [
      'services:',
      '  proxy:',
      '    image: traefik:v3.1',
      '    ports:',
      '      - "80:80" # secure-compose: ignore require-port-host-ip -- public reverse proxy',
      '  db:',
      '    image: postgres:17',
      '  app:',
      '    image: ghcr.io/example/app:1.0',
      '',
    ].join('\n')
    const choices = hardenChoicesFor(text)
    expect(choices.some((c) => c.ruleId === 'require-port-host-ip')).toBe(false)
    const user = (service: string) => choices.find((c) => c.ruleId === 'require-non-root-user' && c.service === service)!.fixDescription
    expect(user('db')).toMatch(/postgres/)
    expect(user('app')).toMatch(/generic/)
  })

  it('ticks the safe fixes by default', () => {
    const choices = hardenChoicesFor(TEXT)
    expect([...defaultSelection(choices)]).toEqual(choices.filter((c) => c.fix === 'safe').map((c) => c.key))
  })
})

describe('hardenSelected', () => {
  it('applies the safe fixes only, keeping comments and the rest of the text', () => {
    const result = hardenSelected(TEXT, defaultSelection(hardenChoicesFor(TEXT)))
    expect(result.text).toBe(`# Demo stack: a web front end and a worker, before hardening.
services:
  web:
    image: nginx:1.27            # the front end
    ports:
      - "127.0.0.1:8080:80"
    security_opt:
      - no-new-privileges:true
${LOGGING}  worker:
    image: ghcr.io/example/worker:2.1
    user: root                   # TODO: find out why
    security_opt:
      - no-new-privileges:true
${LOGGING}`)
    expect(result.before.score).toMatchObject({ value: 18, grade: 'F' })
    expect(result.after.score).toMatchObject({ value: 43, grade: 'F' })
  })

  it('adds an unsafe fix only once it is ticked', () => {
    const choices = hardenChoicesFor(TEXT)
    const selected = defaultSelection(choices)
    selected.add(fixKey({ ruleId: 'require-non-root-user', service: 'worker', line: 11 }))
    const result = hardenSelected(TEXT, selected)
    expect(result.text).toBe(`# Demo stack: a web front end and a worker, before hardening.
services:
  web:
    image: nginx:1.27            # the front end
    ports:
      - "127.0.0.1:8080:80"
    security_opt:
      - no-new-privileges:true
${LOGGING}  worker:
    image: ghcr.io/example/worker:2.1
    user: "1000:1000"                   # TODO: find out why
    security_opt:
      - no-new-privileges:true
${LOGGING}`)
    expect(result.after.score).toMatchObject({ value: 51 })
    expect(failedChoices(result, selected).size).toBe(0)
  })

  it('changes nothing when nothing is ticked, and reports nothing as failed', () => {
    const result = hardenSelected(TEXT, new Set())
    expect(result.text).toBe(TEXT)
    expect(failedChoices(result, new Set()).size).toBe(0)
  })

  it('everything ticked reaches the best score the automatic fixes allow', () => {
    const choices = hardenChoicesFor(TEXT)
    const all = new Set(choices.map((c) => c.key))
    const result = hardenSelected(TEXT, all)
    expect(hardenChoicesFor(result.text)).toEqual([])
    expect(result.after.score!.value).toBeGreaterThan(result.before.score!.value)
    expect(result.text).toContain('# the front end')
  })
})

describe('prepareHarden / hardenPrepared', () => {
  it('gives the choices and, tick after tick, what hardenSelected gives', () => {
    const prepared = prepareHarden(TEXT)
    expect(prepared.choices).toEqual(hardenChoicesFor(TEXT))
    const selected = defaultSelection(prepared.choices)
    expect(hardenPrepared(prepared, selected)).toEqual(harden(TEXT, { unsafe: true, only: (f) => selected.has(fixKey(f)) }))
    for (const choice of prepared.choices) {
      selected.add(choice.key)
      expect(hardenPrepared(prepared, selected), choice.key).toEqual(harden(TEXT, { unsafe: true, only: (f) => selected.has(fixKey(f)) }))
    }
    selected.clear()
    expect(hardenPrepared(prepared, selected).text).toBe(TEXT)
  })

  it('returns plain data: a structured clone (what crosses to a Web Worker) is equal', () => {
    const prepared = prepareHarden(TEXT)
    const result = hardenPrepared(prepared, new Set(prepared.choices.map((c) => c.key)))
    expect(structuredClone(result)).toStrictEqual(result)
    expect(structuredClone(prepared.choices)).toStrictEqual(prepared.choices)
    const broken = hardenPrepared(prepareHarden('services: [\n'), new Set())
    expect(structuredClone(broken)).toStrictEqual(broken)
  })
})
