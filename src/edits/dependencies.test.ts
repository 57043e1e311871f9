import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import {
  addEnvFilePlan,
  addServiceSecretPlan,
  removeDependencyPlan,
  removeEnvFilePlan,
  removeServiceSecretPlan,
  setDependencyPlan,
} from './dependencies'
import { edited } from './test-utils'

const TEXT = `services:
  web:
    image: nginx:1.27-alpine
    depends_on: [api]  # start order
  api:
    image: ghcr.io/example/api:1.0.0
    env_file: .env
  db:
    image: postgres:16.4-alpine
    depends_on:
      api:
        condition: service_started  # no health check yet
`

describe('depends_on', () => {
  it('appends to a short list, or rewrites it in long syntax for a condition', () => {
    expect(edited(TEXT, (f) => setDependencyPlan(f, 'web', { name: 'db', condition: 'service_started' }))).toBe(TEXT.replace('[api]', '[api, db]'))
    expect(edited(TEXT, (f) => setDependencyPlan(f, 'web', { name: 'db', condition: 'service_healthy' }))).toBe(
      TEXT.replace('[api]', '{api: {condition: service_started}, db: {condition: service_healthy}}'),
    )
  })

  it('changes a condition in place and adds to the long syntax', () => {
    expect(edited(TEXT, (f) => setDependencyPlan(f, 'db', { name: 'api', condition: 'service_healthy' }))).toBe(
      TEXT.replace('condition: service_started  #', 'condition: service_healthy  #'),
    )
    expect(edited(TEXT, (f) => setDependencyPlan(f, 'db', { name: 'web', condition: 'service_started' }))).toBe(
      `${TEXT}      web:\n        condition: service_started\n`,
    )
  })

  it('writes the long syntax on a service without depends_on', () => {
    expect(edited(TEXT, (f) => setDependencyPlan(f, 'api', { name: 'db', condition: 'service_healthy' }))).toBe(
      TEXT.replace('env_file: .env\n', 'env_file: .env\n    depends_on:\n      db:\n        condition: service_healthy\n'),
    )
  })

  it('removes one dependency in either syntax', () => {
    expect(edited(TEXT, (f) => removeDependencyPlan(f, 'db', 'api'))).toBe(TEXT.replace(/    depends_on:\n      api:\n.*\n$/, ''))
    expect(edited(TEXT, (f) => removeDependencyPlan(f, 'web', 'api'))).toBe(TEXT.replace('    depends_on: [api]  # start order\n', '    # start order\n'))
  })

  it('refuses itself and unknown services', () => {
    const file = parseCompose(TEXT)
    expect(setDependencyPlan(file, 'web', { name: 'web', condition: 'service_started' })).toMatch(/itself/)
    expect(setDependencyPlan(file, 'web', { name: 'cache', condition: 'service_started' })).toMatch(/no service "cache"/)
  })
})

describe('env_file and secrets', () => {
  it('turns a lone env file into a list and removes one', () => {
    expect(edited(TEXT, (f) => addEnvFilePlan(f, 'api', './api.env'))).toBe(TEXT.replace('env_file: .env\n', 'env_file:\n      - .env\n      - ./api.env\n'))
    expect(edited(TEXT, (f) => removeEnvFilePlan(f, 'api', 0))).toBe(TEXT.replace('    env_file: .env\n', ''))
    expect(addEnvFilePlan(parseCompose(TEXT), 'api', '.env')).toMatch(/already/)
  })

  it('mounts a secret, declaring it from a file once', () => {
    const once = edited(TEXT, (f) => addServiceSecretPlan(f, 'db', 'db_password'))
    expect(once).toBe(`${TEXT.replace('env_file: .env\n', 'env_file: .env\n')}    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n`)
    const twice = edited(once, (f) => addServiceSecretPlan(f, 'api', 'db_password'))
    expect(twice).toBe(once.replace('env_file: .env\n', 'env_file: .env\n    secrets:\n      - db_password\n'))
    expect(edited(twice, (f) => removeServiceSecretPlan(f, 'api', 0))).toBe(once)
    expect(addServiceSecretPlan(parseCompose(once), 'db', 'db_password')).toMatch(/already/)
    expect(addServiceSecretPlan(parseCompose(once), 'db', 'a b')).toMatch(/letters/)
  })
})
