import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { readBindVolumes, readHostMounts } from './settings-host-mounts'

const TEXT = `services:
  app:
    image: app:1.0
    volumes:
      - ./data:/data
      - sock:/var/run/docker.sock
      - type: volume
        source: etc
        target: /host-etc
        read_only: true
      - plain:/plain
      - nfs:/nfs
      - ext:/ext
      - \${VOL}:/v
volumes:
  sock:
    driver: local
    driver_opts: {type: none, o: bind, device: /var/run/docker.sock}
  etc:
    driver_opts:
      o: rbind,ro
      device: \${ETC:-/etc}
  plain: {}
  nfs:
    driver_opts: {type: nfs, o: "addr=10.0.0.1,rw", device: ":/export"}
  ext:
    external: true
    driver_opts: {type: none, o: bind, device: /srv}
  unknown:
    driver_opts: {type: none, device: "\${DIR}"}
`

describe('bind-backed named volumes', () => {
  const file = parseCompose(TEXT)

  it('are the named volumes whose driver_opts bind a device: type none, or o with bind', () => {
    expect([...readBindVolumes(file).values()]).toEqual([
      { name: 'sock', device: '/var/run/docker.sock', deviceKnown: true, readOnly: false },
      { name: 'etc', device: '/etc', deviceKnown: true, readOnly: true },
      { name: 'unknown', device: '${DIR}', deviceKnown: false, readOnly: false },
    ])
  })

  it('count as host mounts of the services that use them, named by the volume', () => {
    const mounts = readHostMounts(file, file.services[0]).map((m) => [m.path, m.known, m.readOnly, m.volume ?? null, m.mount.index])
    expect(mounts).toEqual([
      ['./data', true, false, null, 0],
      ['/var/run/docker.sock', true, false, 'sock', 1],
      ['/etc', true, true, 'etc', 2],
      // A variable without default may hold a host path: the rules see it as written.
      ['${VOL}', false, false, null, 6],
    ])
  })

  it('need a top-level volumes mapping', () => {
    expect(readBindVolumes(parseCompose('services:\n  a:\n    volumes: [x:/x]\nvolumes: [x]\n')).size).toBe(0)
    expect(readBindVolumes(parseCompose('services: {}\n')).size).toBe(0)
  })
})
