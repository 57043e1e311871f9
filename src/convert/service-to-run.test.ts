// The docker run view reads the service as the core resolves it: merge keys and extends applied, long syntax expanded.
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { serviceToRun } from './compose-to-run'

const TEXT = `x-hardened: &hardened
  read_only: true
  cap_drop: [ALL]
services:
  base:
    image: busybox:1.36
    user: "1000:1000"
  web:
    <<: *hardened
    extends: base
    image: nginx:1.27
    ports:
      - target: 80
        published: "8080"
        host_ip: 127.0.0.1
    volumes:
      - type: bind
        source: ./site
        target: /usr/share/nginx/html
        read_only: true
    depends_on: [base]
`

describe('serviceToRun', () => {
  const run = serviceToRun(parseCompose(TEXT), 'web')!

  it('applies merge keys and extends, and writes long-syntax ports and mounts as flags', () => {
    expect(run.argv).toEqual([
      'docker', 'run', '-d', '--name', 'web', '--user', '1000:1000', '--read-only', '--cap-drop', 'ALL',
      '--publish', '127.0.0.1:8080:80', '--mount', 'type=bind,source=./site,target=/usr/share/nginx/html,readonly', 'nginx:1.27',
    ])
  })

  it('notes what has no flag: depends_on and the network Compose would create', () => {
    expect(run.notes.some((n) => n.startsWith('depends_on'))).toBe(true)
    expect(run.notes.some((n) => n.startsWith('networks:'))).toBe(true)
  })

  it('is null for a service the file does not have', () => {
    expect(serviceToRun(parseCompose(TEXT), 'nope')).toBeNull()
  })
})
