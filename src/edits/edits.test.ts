import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { readTmpfs } from '../compose/read/settings'
import { addTmpfsPlan, removeTmpfsPlan, setReadOnlyPlan, tmpfsEntry, tmpfsInputProblems, updateTmpfsPlan } from './filesystem'
import { setNoNewPrivilegesPlan } from './no-new-privileges'
import type { EditResult } from './edit-result'
import { edited } from './test-utils'
import { addServicePlan, removeServicePlan, renameServicePlan } from './services'
import { setUserPlan, userInputProblem } from './user'

const service = (text: string, name = 'app') => parseCompose(text).services.find((s) => s.name === name)!
const APP = parseCompose('services:\n  app:\n    image: x\n')
/** The ops of a result that must be a plan. */
const opsOf = (built: EditResult) => {
  if (built === null || typeof built === 'string') throw new Error(`not a plan: ${built}`)
  return built.ops
}

describe('user plan', () => {
  it('sets user[:group], or deletes the key when both are empty', () => {
    expect(opsOf(setUserPlan(APP, 'app', { user: '1000', group: '1001' }))).toEqual([{ kind: 'set', path: ['services', 'app', 'user'], value: '1000:1001' }])
    expect(opsOf(setUserPlan(APP, 'app', { user: ' 1000 ', group: '' }))).toEqual([{ kind: 'set', path: ['services', 'app', 'user'], value: '1000' }])
    expect(opsOf(setUserPlan(APP, 'app', { user: '', group: '' }))).toEqual([{ kind: 'delete', path: ['services', 'app', 'user'] }])
  })

  it('refuses a group without a user, colons and spaces', () => {
    expect(userInputProblem('', '1000')).toMatch(/Set a user/)
    expect(userInputProblem('1000:1000', '')).toMatch(/without ":"/)
    expect(userInputProblem('my user', '')).toMatch(/spaces/)
    expect(userInputProblem('1000', '1000')).toBeNull()
  })
})

describe('filesystem plans', () => {
  it('sets read_only', () => {
    expect(opsOf(setReadOnlyPlan(APP, 'app', false))).toEqual([{ kind: 'set', path: ['services', 'app', 'read_only'], value: false }])
  })

  it('validates tmpfs rows field by field', () => {
    expect(tmpfsInputProblems({ path: '/tmp', size: '64m', mode: '1777' })).toEqual({})
    expect(tmpfsInputProblems({ path: 'tmp', size: 'big', mode: '999' })).toEqual({
      path: expect.stringMatching(/absolute/),
      size: expect.stringMatching(/size/),
      mode: expect.stringMatching(/octal/),
    })
    expect(tmpfsInputProblems({ path: '', size: '', mode: '' }).path).toMatch(/Enter the path/)
  })

  it('keeps the options the form does not show when a row is edited', () => {
    const text = 'services:\n  app:\n    tmpfs:\n      - /tmp:uid=1000,size=1m,noexec\n'
    const [mount] = readTmpfs(service(text))
    expect(tmpfsEntry({ path: '/tmp', size: '2m', mode: '' }, mount)).toBe('/tmp:size=2m,uid=1000,noexec')
    expect(opsOf(updateTmpfsPlan(parseCompose(text), 'app', { index: mount.index, path: '/tmp', size: '2m', mode: '' }))[0].path).toEqual(['services', 'app', 'tmpfs', 0])
  })

  it('addresses a lone scalar tmpfs by its key', () => {
    const file = parseCompose('services:\n  app:\n    tmpfs: /run\n')
    expect(opsOf(updateTmpfsPlan(file, 'app', { index: 0, path: '/run', size: '1m', mode: '' }))).toEqual([
      { kind: 'set', path: ['services', 'app', 'tmpfs'], value: '/run:size=1m' },
    ])
  })

  it('refuses a bad row or a mount that is gone, and removing a gone mount changes nothing', () => {
    const file = parseCompose('services:\n  app:\n    tmpfs: [/run]\n')
    expect(addTmpfsPlan(file, 'app', { path: 'run', size: '', mode: '' })).toMatch(/absolute/)
    expect(updateTmpfsPlan(file, 'app', { index: 0, path: '/run', size: 'big', mode: '' })).toMatch(/size such as/)
    expect(updateTmpfsPlan(file, 'app', { index: 3, path: '/run', size: '', mode: '' })).toMatch(/gone from app/)
    expect(removeTmpfsPlan(file, 'app', 3)).toBeNull()
    expect(removeTmpfsPlan(file, 'web', 0)).toMatch(/no service "web"/)
    expect(opsOf(removeTmpfsPlan(file, 'app', 0))).toEqual([{ kind: 'delete', path: ['services', 'app', 'tmpfs', 0] }])
  })

  it('appends new rows', () => {
    expect(opsOf(addTmpfsPlan(APP, 'app', { path: ' /run ', size: '', mode: '0700' }))).toEqual([
      { kind: 'append', path: ['services', 'app', 'tmpfs'], value: '/run:mode=0700' },
    ])
  })
})

describe('no-new-privileges plan', () => {
  it('rewrites the deciding item in place', () => {
    const s = parseCompose('services:\n  app:\n    security_opt: [apparmor:x, no-new-privileges:true]\n')
    expect(opsOf(setNoNewPrivilegesPlan(s, 'app', false))).toEqual([{ kind: 'set', path: ['services', 'app', 'security_opt', 1], value: 'no-new-privileges:false' }])
  })

  it('appends when absent, and does nothing to turn an absent setting off', () => {
    const s = parseCompose('services:\n  app:\n    image: x\n')
    expect(opsOf(setNoNewPrivilegesPlan(s, 'app', true))).toEqual([{ kind: 'append', path: ['services', 'app', 'security_opt'], value: 'no-new-privileges:true' }])
    expect(setNoNewPrivilegesPlan(s, 'app', false)).toBeNull()
  })

  it('addresses a lone scalar security_opt by its key', () => {
    const s = parseCompose('services:\n  app:\n    security_opt: no-new-privileges\n')
    expect(opsOf(setNoNewPrivilegesPlan(s, 'app', false))[0].path).toEqual(['services', 'app', 'security_opt'])
  })
})

describe('service plans', () => {
  it('adds, renames and removes at services.<name>', () => {
    expect(opsOf(addServicePlan(APP, 'web'))[0]).toMatchObject({ kind: 'set', path: ['services', 'web'], value: { read_only: true } })
    expect(opsOf(renameServicePlan(parseCompose('services:\n  web:\n    image: x\n'), 'web', 'api'))).toEqual([{ kind: 'rename', path: ['services', 'web'], key: 'api' }])
    expect(opsOf(removeServicePlan(parseCompose('services:\n  web:\n    image: x\n'), 'web'))).toEqual([{ kind: 'delete', path: ['services', 'web'] }])
  })

  it('refuses names compose does not accept, taken names and services that are gone', () => {
    const file = parseCompose('services:\n  web:\n    image: x\n  db:\n    image: y\n')
    expect(addServicePlan(file, 'my web')).toMatch(/letters, digits/)
    expect(addServicePlan(file, 'db')).toMatch(/already exists/)
    expect(renameServicePlan(file, 'web', 'db')).toMatch(/already exists/)
    expect(renameServicePlan(file, 'api', 'x')).toMatch(/no service "api"/)
    expect(renameServicePlan(file, 'web', 'web')).toBeNull()
    expect(removeServicePlan(file, 'api')).toMatch(/no service "api"/)
    expect(setUserPlan(file, 'web', { user: '', group: '1000' })).toMatch(/Set a user/)
    expect(setReadOnlyPlan(file, 'api', true)).toMatch(/no service "api"/)
  })

  it('renames the references other services write, not those an anchor shares', () => {
    const text = `x-dep: &dep
  depends_on: [db]
services:
  db:
    image: postgres:16   # the database
  api:
    depends_on: [db, cache]
    links: ["db:database"]
    network_mode: service:db
  worker:
    depends_on:
      db: {condition: service_healthy}
  copy:
    extends: db
  shared:
    <<: *dep
`
    expect(edited(text, (file) => renameServicePlan(file, 'db', 'postgres'))).toBe(`x-dep: &dep
  depends_on: [db]
services:
  postgres:
    image: postgres:16   # the database
  api:
    depends_on: [postgres, cache]
    links: ["postgres:database"]
    network_mode: service:postgres
  worker:
    depends_on:
      postgres: {condition: service_healthy}
  copy:
    extends: postgres
  shared:
    <<: *dep
`)
  })
})
