import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { moveEnvToSecretPlan, removeEnvVarPlan, secretNameFor, setEnvVarPlan, supportsFileEnv } from './environment'
import { edited } from './test-utils'

const MAP = `services:
  db:
    image: postgres:16.4-alpine
    environment:
      POSTGRES_USER: app  # the owner
      POSTGRES_PASSWORD: s3cret
`

const LIST = `services:
  app:
    image: ghcr.io/example/app:1.0.0
    environment:
      - LOG_LEVEL=info  # quiet
      - API_TOKEN=abc123
`

describe('set and remove a variable', () => {
  it('changes a map value in place and keeps its comment', () => {
    expect(edited(MAP, (f) => setEnvVarPlan(f, 'db', { name: 'POSTGRES_USER', value: 'web' }))).toBe(MAP.replace('app  #', 'web  #'))
  })

  it('renames a map key and adds a new one at the end', () => {
    expect(edited(MAP, (f) => setEnvVarPlan(f, 'db', { name: 'POSTGRES_DB', value: 'app', from: 'POSTGRES_USER' }))).toBe(
      MAP.replace('POSTGRES_USER: app', 'POSTGRES_DB: app'),
    )
    expect(edited(MAP, (f) => setEnvVarPlan(f, 'db', { name: 'TZ', value: 'UTC' }))).toBe(`${MAP}      TZ: UTC\n`)
  })

  it('keeps the list syntax', () => {
    expect(edited(LIST, (f) => setEnvVarPlan(f, 'app', { name: 'LOG_LEVEL', value: 'debug' }))).toBe(LIST.replace('=info', '=debug'))
    expect(edited(LIST, (f) => setEnvVarPlan(f, 'app', { name: 'TZ', value: 'UTC' }))).toBe(`${LIST}      - TZ=UTC\n`)
    expect(edited(LIST, (f) => removeEnvVarPlan(f, 'app', 'API_TOKEN'))).toBe(LIST.replace('      - API_TOKEN=abc123\n', ''))
  })

  it('creates the environment map on a service without one', () => {
    const text = 'services:\n  app:\n    image: busybox:1.36\n'
    expect(edited(text, (f) => setEnvVarPlan(f, 'app', { name: 'TZ', value: 'UTC' }))).toBe(`${text}    environment:\n      TZ: UTC\n`)
  })

  it('refuses a bad name or a rename onto another variable', () => {
    const file = parseCompose(MAP)
    expect(setEnvVarPlan(file, 'db', { name: 'A B', value: '' })).toMatch(/no spaces/)
    expect(setEnvVarPlan(file, 'db', { name: 'POSTGRES_PASSWORD', value: 'x', from: 'POSTGRES_USER' })).toMatch(/already has/)
  })
})

describe('move to a secret', () => {
  it('names the secret after the variable', () => {
    expect(secretNameFor('POSTGRES_PASSWORD')).toBe('postgres_password')
  })

  it('uses the image’s _FILE variable, mounts the secret and declares it from a file', () => {
    expect(supportsFileEnv(parseCompose(MAP).services[0], 'POSTGRES_PASSWORD')).toBe(true)
    expect(edited(MAP, (f) => moveEnvToSecretPlan(f, 'db', 'POSTGRES_PASSWORD'))).toBe(`services:
  db:
    image: postgres:16.4-alpine
    environment:
      POSTGRES_USER: app  # the owner
      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password
    secrets:
      - postgres_password
secrets:
  postgres_password:
    file: ./secrets/postgres_password.txt
`)
  })

  it('removes the variable where the image reads no _FILE variant', () => {
    expect(supportsFileEnv(parseCompose(LIST).services[0], 'API_TOKEN')).toBe(false)
    expect(edited(LIST, (f) => moveEnvToSecretPlan(f, 'app', 'API_TOKEN'))).toBe(`services:
  app:
    image: ghcr.io/example/app:1.0.0
    environment:
      - LOG_LEVEL=info  # quiet
    secrets:
      - api_token
secrets:
  api_token:
    file: ./secrets/api_token.txt
`)
  })

  it('reuses a declared and mounted secret', () => {
    const text = `${MAP}    secrets: [postgres_password]\nsecrets:\n  postgres_password:\n    file: ./pw.txt\n`
    expect(edited(text, (f) => moveEnvToSecretPlan(f, 'db', 'POSTGRES_PASSWORD'))).toBe(
      text.replace('POSTGRES_PASSWORD: s3cret', 'POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password'),
    )
  })
})
