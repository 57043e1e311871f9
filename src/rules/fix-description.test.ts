import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { analyze } from './engine'
import { describeFix } from './fix-description'
import { RULE_BY_ID } from './registry'

const TEXT = `services:
  db:
    image: postgres:16
    volumes: [db-data:/var/lib/postgresql/data]
  db-alpine:
    image: postgres:16-alpine
    volumes: ["./pg:/var/lib/postgresql/data"]
  proxy:
    image: nginx:1.27
  app:
    image: ghcr.io/example/app:1.2
volumes:
  db-data:
`

const file = parseCompose(TEXT)
const findings = analyze(file)
const described = (ruleId: string, service: string) => {
  const f = findings.find((x) => x.ruleId === ruleId && x.service === service)
  if (!f) throw new Error(`no ${ruleId} on ${service}`)
  return describeFix(f, file)
}

// The wording is for people; these check the facts each description must carry, and its source.
describe('describeFix: the non-root fix, per image', () => {
  it('names the user the image runs as, its uid on this variant, and the documentation', () => {
    const db = described('require-non-root-user', 'db')
    expect(db).toMatch(/^postgres:16 runs as uid 999 \(user `postgres`\): sets `user: postgres`/)
    expect(db).toContain('(source: https://hub.docker.com/_/postgres)')
    expect(described('require-non-root-user', 'db-alpine')).toMatch(/uid 70 \(user `postgres`\)/)
  })

  it('says a host directory holding the data must belong to that uid', () => {
    expect(described('require-non-root-user', 'db-alpine')).toContain('/var/lib/postgresql/data is the host directory ./pg: it must belong to uid 70')
  })

  it('names the tmpfs mounts nginx needs as its own user, and the unprivileged variant', () => {
    const proxy = described('require-non-root-user', 'proxy')
    expect(proxy).toMatch(/sets `user: nginx` and a size-limited tmpfs at \/var\/cache\/nginx for .*\/var\/run for the pid file/)
    expect(proxy).toContain('nginxinc/nginx-unprivileged')
  })

  it('says the fix is generic for an image the table does not know', () => {
    expect(described('require-non-root-user', 'app')).toMatch(/^Sets `user: "1000:1000"`, the generic fix: the image table has no entry for ghcr\.io\/example\/app:1\.2/)
  })
})

describe('describeFix: the read-only fix, per image', () => {
  it('names the paths the image writes, the tmpfs mounts added and where its data is', () => {
    const db = described('require-read-only-rootfs', 'db')
    expect(db).toContain('a size-limited tmpfs (64M) for /tmp and /var/run/postgresql')
    expect(db).toContain('/var/lib/postgresql/data')
    expect(db).toContain('on the volume db-data')
    expect(db).toContain('(source: https://hub.docker.com/_/postgres)')
  })

  it('says the fix is generic for an image the table does not know', () => {
    expect(described('require-read-only-rootfs', 'app')).toMatch(/^The generic fix: the image table has no entry for ghcr\.io\/example\/app:1\.2\. It sets `read_only: true` and a size-limited tmpfs \(64M\) for \/tmp\./)
  })
})

describe('describeFix: other rules', () => {
  it('is the rule\'s fixDescription', () => {
    expect(described('require-cap-drop-all', 'db')).toBe(RULE_BY_ID.get('require-cap-drop-all')?.fixDescription)
  })
})
