import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { reportForText } from '../scoring/report'
import { SERVICE_PRESETS, addServiceFromImagePlan } from './service-presets'
import { edited } from './test-utils'

const EMPTY = '# compose.yaml\n'

describe('Add service presets', () => {
  it.each(SERVICE_PRESETS)('$label added to an empty file grades A with no findings', (preset) => {
    const text = edited(EMPTY, (f) => addServiceFromImagePlan(f, preset.name, preset.image))
    expect(parseCompose(text).errors).toEqual([])
    const { report } = reportForText(text)
    expect(report.findings.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([])
    expect(report.score).toMatchObject({ value: 100, grade: 'A' })
  })

  it('postgres keeps its user, data volume, socket directory, health check and password secret', () => {
    const text = edited(EMPTY, (f) => addServiceFromImagePlan(f, 'db', 'postgres:17.6-alpine'))
    const db = parseCompose(text).services[0].data
    expect(db).toMatchObject({
      user: 'postgres',
      volumes: ['db-data:/var/lib/postgresql/data'],
      tmpfs: ['/tmp:size=64M', '/var/run/postgresql:size=64M'],
      security_opt: ['no-new-privileges:true', 'apparmor:docker-default'],
      networks: ['backend'],
      environment: { POSTGRES_PASSWORD_FILE: '/run/secrets/db_password' },
      healthcheck: { test: ['CMD', 'pg_isready', '-h', '127.0.0.1', '-U', 'postgres'] },
    })
    expect(text).toContain('networks:\n  backend:\n    internal: true\n')
    expect(text).toContain('volumes:\n  db-data: {}\n')
    expect(text).toContain('secrets:\n  db_password:\n    file: ./secrets/db_password.txt\n')
  })

  it('nginx runs as nginx with its scratch paths on tmpfs and publishes on localhost', () => {
    const web = parseCompose(edited(EMPTY, (f) => addServiceFromImagePlan(f, 'web', 'nginx:1.27-alpine'))).services[0].data
    expect(web).toMatchObject({ user: 'nginx', tmpfs: ['/tmp:size=64M', '/var/cache/nginx:size=64M', '/var/run:size=64M'], ports: ['127.0.0.1:8080:80'] })
    expect(web.networks).toBeUndefined()
  })

  it('a second database reuses the internal network; an unknown image gets the generic hardening', () => {
    const two = edited(edited(EMPTY, (f) => addServiceFromImagePlan(f, 'db', 'postgres:17.6-alpine')), (f) => addServiceFromImagePlan(f, 'cache', 'redis:7.4-alpine'))
    expect(two.match(/backend:\n/g)).toHaveLength(1)
    expect(reportForText(two).report.score).toMatchObject({ grade: 'A' })
    const app = parseCompose(edited(EMPTY, (f) => addServiceFromImagePlan(f, 'app', 'ghcr.io/example/app:1.0.0'))).services[0].data
    expect(app).toMatchObject({ user: '1000:1000', read_only: true, cap_drop: ['ALL'] })
  })

  it('refuses a taken name', () => {
    const text = edited(EMPTY, (f) => addServiceFromImagePlan(f, 'db', 'postgres:17.6-alpine'))
    expect(addServiceFromImagePlan(parseCompose(text), 'db', 'redis:7.4-alpine')).toMatch(/db/)
  })
})
