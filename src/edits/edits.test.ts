import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { readTmpfs } from '../compose/read/settings'
import { addTmpfsPlan, setReadOnlyPlan, tmpfsEntry, tmpfsInputProblems, updateTmpfsPlan } from './filesystem'
import { setNoNewPrivilegesPlan } from './no-new-privileges'
import { applyBuilt } from './test-utils'
import { addServicePlan, removeServicePlan, renameServicePlan } from './services'
import { setUserPlan, userInputProblem } from './user'

const service = (text: string, name = 'app') => parseCompose(text).services.find((s) => s.name === name)!

describe('user plan', () => {
  it('sets user[:group], or deletes the key when both are empty', () => {
    expect(setUserPlan('app', '1000', '1001').ops).toEqual([{ kind: 'set', path: ['services', 'app', 'user'], value: '1000:1001' }])
    expect(setUserPlan('app', ' 1000 ', '').ops).toEqual([{ kind: 'set', path: ['services', 'app', 'user'], value: '1000' }])
    expect(setUserPlan('app', '', '').ops).toEqual([{ kind: 'delete', path: ['services', 'app', 'user'] }])
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
    expect(setReadOnlyPlan('app', false).ops).toEqual([{ kind: 'set', path: ['services', 'app', 'read_only'], value: false }])
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
    const s = service('services:\n  app:\n    tmpfs:\n      - /tmp:uid=1000,size=1m,noexec\n')
    const [mount] = readTmpfs(s)
    expect(tmpfsEntry({ path: '/tmp', size: '2m', mode: '' }, mount)).toBe('/tmp:size=2m,uid=1000,noexec')
    expect(updateTmpfsPlan('app', mount, { path: '/tmp', size: '2m', mode: '' }).ops[0].path).toEqual(['services', 'app', 'tmpfs', 0])
  })

  it('addresses a lone scalar tmpfs by its key', () => {
    const [mount] = readTmpfs(service('services:\n  app:\n    tmpfs: /run\n'))
    expect(updateTmpfsPlan('app', mount, { path: '/run', size: '1m', mode: '' }).ops).toEqual([
      { kind: 'set', path: ['services', 'app', 'tmpfs'], value: '/run:size=1m' },
    ])
  })

  it('appends new rows', () => {
    expect(addTmpfsPlan('app', { path: ' /run ', size: '', mode: '0700' }).ops).toEqual([
      { kind: 'append', path: ['services', 'app', 'tmpfs'], value: '/run:mode=0700' },
    ])
  })
})

describe('no-new-privileges plan', () => {
  it('rewrites the deciding item in place', () => {
    const s = service('services:\n  app:\n    security_opt: [apparmor:x, no-new-privileges:true]\n')
    expect(setNoNewPrivilegesPlan(s, false)?.ops).toEqual([{ kind: 'set', path: ['services', 'app', 'security_opt', 1], value: 'no-new-privileges:false' }])
  })

  it('appends when absent, and does nothing to turn an absent setting off', () => {
    const s = service('services:\n  app:\n    image: x\n')
    expect(setNoNewPrivilegesPlan(s, true)?.ops).toEqual([{ kind: 'append', path: ['services', 'app', 'security_opt'], value: 'no-new-privileges:true' }])
    expect(setNoNewPrivilegesPlan(s, false)).toBeNull()
  })

  it('addresses a lone scalar security_opt by its key', () => {
    const s = service('services:\n  app:\n    security_opt: no-new-privileges\n')
    expect(setNoNewPrivilegesPlan(s, false)?.ops[0].path).toEqual(['services', 'app', 'security_opt'])
  })
})

describe('service plans', () => {
  it('adds, renames and removes at services.<name>', () => {
    expect(addServicePlan('web').ops[0]).toMatchObject({ kind: 'set', path: ['services', 'web'], value: { read_only: true } })
    expect(renameServicePlan('web', 'api').ops).toEqual([{ kind: 'rename', path: ['services', 'web'], key: 'api' }])
    expect(removeServicePlan('web').ops).toEqual([{ kind: 'delete', path: ['services', 'web'] }])
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
    const file = parseCompose(text)
    expect(applyBuilt(text, renameServicePlan('db', 'postgres', file.services))).toBe(`x-dep: &dep
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
