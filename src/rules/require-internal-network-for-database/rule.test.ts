import { describe, expect, it } from 'vitest'
import { parseCompose } from '../../compose/read/parse'
import { describeRule } from '../harness'
import { internalNetworkName } from './fix-plan'
import { namesHost, usesDatabase } from './networks'
import rule from './rule'

describeRule(rule, new URL('./fixtures', import.meta.url))

describe('namesHost', () => {
  it.each([
    ['db', 'db'], ['db:5432', 'db'], ['postgres://u:p@db:5432/app', 'db'], ['redis://redis', 'redis'],
    ['redis://redis:6379/0', 'redis'], ['mongodb://db1,db2/?replicaSet=rs0', 'db2'], ['jdbc:mysql://MySQL:3306/x', 'mysql'],
    ['http://elasticsearch:9200', 'elasticsearch'], ['--host=db', 'db'],
  ])('%s names %s', (value, host) => expect(namesHost(value, host)).toBe(true))

  it.each([
    ['database', 'db'], ['db-primary:5432', 'db'], ['postgres://db:secret@host/app', 'secret'], ['u:db@host', 'db'],
    ['dbx', 'db'], ['my.db.example.com', 'db'],
  ])('%s does not name %s', (value, host) => expect(namesHost(value, host)).toBe(false))
})

describe('usesDatabase', () => {
  const services = (text: string) => parseCompose(text).services
  it('reads depends_on (list and map), links and environment, never the database itself', () => {
    const [db, a, b, c, d, e] = services(`services:
  db: {image: postgres:16, hostname: pg, environment: {SELF: db}}
  a: {depends_on: [db]}
  b: {depends_on: {db: {condition: service_healthy}}}
  c: {links: ["db:database"]}
  d: {environment: ["PGHOST=\${PGHOST:-pg}"]}
  e: {environment: {PGHOST: "\${PGHOST}", OTHER: dbx}}
`)
    expect([db, a, b, c, d, e].map((s) => usesDatabase(s, db))).toEqual([undefined, 'depends_on', 'depends_on', 'links', 'environment', undefined])
  })
})

describe('internalNetworkName', () => {
  const name = (networks: string) => internalNetworkName(parseCompose(`services: {}\n${networks}`))
  it('prefers backend, reuses an internal one, and skips names taken by open networks', () => {
    expect(name('')).toEqual({ name: 'backend', create: true })
    expect(name('networks: {backend: {internal: true}}')).toEqual({ name: 'backend', create: false })
    expect(name('networks: {backend: {}}')).toEqual({ name: 'backend-internal', create: true })
    expect(name('networks: {backend: {}, backend-internal: {driver: overlay}, internal: {}}')).toEqual({ name: 'backend-internal-2', create: true })
  })

  it('never takes the name of a service, a volume or a network a service joins', () => {
    const file = (text: string) => internalNetworkName(parseCompose(text))
    expect(file('services:\n  backend: {image: api}\n')).toEqual({ name: 'backend-internal', create: true })
    expect(file('services:\n  a: {networks: [backend]}\nvolumes: {backend-internal: {}}\n')).toEqual({ name: 'internal', create: true })
    expect(file('services:\n  backend: {image: api}\nnetworks: {backend: {internal: true}}\n')).toEqual({ name: 'backend', create: false })
  })
})
