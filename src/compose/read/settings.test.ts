import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import {
  bindsAllInterfaces, effectiveCaps, formatTmpfsEntry, formatUser, isRootUser, lowestHostPort, parseShortPort,
  parseShortVolume, readCapAdd, readDeviceCgroupRules, readDevices, readEnvironment, readHealthcheck, readImage,
  readLogging, readNoNewPrivileges, readPorts, readReadOnly, readResource, readSecurityOpts, readServiceNetworks,
  readTmpfs, readUser, readVolumes, resourceSyntax, isInternalNetwork, limitState, DOCKER_DEFAULT_CAPS,
} from './settings'

const service = (body: string) => parseCompose(`services:\n  s:\n${body.replace(/^/gm, '    ')}\n`).services[0]

describe('user', () => {
  it('splits user and group and knows root', () => {
    expect(readUser(service('user: "1000:1000"'))).toMatchObject({ user: '1000', group: '1000' })
    for (const u of ['root', '0', '0:0', 'root:root', '0:100', 'root:wheel']) expect(isRootUser(readUser(service(`user: "${u}"`)))).toBe(true)
    expect(isRootUser(readUser(service('user: "${UID}"')))).toBe(false)
    expect(readUser(service('user: "${UID}"')).unknown).toBe(true)
    expect(readUser(service('image: x'))).toEqual({ unknown: false })
    expect(formatUser(' 1000 ', '')).toBe('1000')
    expect(formatUser('app', 'app')).toBe('app:app')
  })
})

describe('capabilities and security options', () => {
  it('normalises names and computes the effective set', () => {
    const s = service('cap_drop: [all]\ncap_add: [cap_net_bind_service, "Chown"]')
    expect(readCapAdd(s).map((c) => c.name)).toEqual(['NET_BIND_SERVICE', 'CHOWN'])
    expect(effectiveCaps(s, DOCKER_DEFAULT_CAPS)).toEqual(['CHOWN', 'NET_BIND_SERVICE'])
    expect(effectiveCaps(service('cap_drop: [NET_RAW]'), DOCKER_DEFAULT_CAPS)).toHaveLength(13)
  })
  it('reads both separators and bare no-new-privileges', () => {
    const s = service('security_opt:\n  - seccomp=unconfined\n  - "apparmor:docker-default"\n  - no-new-privileges')
    expect(readSecurityOpts(s).map((o) => [o.key, o.value])).toEqual([['seccomp', 'unconfined'], ['apparmor', 'docker-default'], ['no-new-privileges', undefined]])
    expect(readNoNewPrivileges(s)).toMatchObject({ value: true, index: 2 })
    expect(readNoNewPrivileges(service('security_opt: ["no-new-privileges=false"]')).value).toBe(false)
    expect(readNoNewPrivileges(service('image: x')).value).toBeNull()
  })
})

describe('filesystem', () => {
  it('reads read_only, tmpfs (string, list, volume) and volumes', () => {
    expect(readReadOnly(service('read_only: "true"')).value).toBe(true)
    expect(readReadOnly(service('image: x')).value).toBeNull()
    expect(readTmpfs(service('tmpfs: /run')).map((t) => [t.path, t.size, t.at])).toEqual([['/run', undefined, ['tmpfs']]])
    const s = service('tmpfs:\n  - /tmp:size=64M,mode=1777,noexec\nvolumes:\n  - type: tmpfs\n    target: /cache\n    tmpfs: {size: 1000}')
    expect(readTmpfs(s).map((t) => [t.path, t.size, t.mode, t.options, t.source])).toEqual([
      ['/tmp', '64M', '1777', ['noexec'], 'tmpfs'], ['/cache', '1000', undefined, [], 'volume'],
    ])
    expect(formatTmpfsEntry({ path: '/tmp', size: '64M', mode: '1777' })).toBe('/tmp:size=64M,mode=1777')
    expect(parseShortVolume('/var/run/docker.sock:/var/run/docker.sock:ro')).toMatchObject({ type: 'bind', readOnly: true })
    expect(parseShortVolume('data:/data')).toMatchObject({ type: 'volume', source: 'data' })
    expect(parseShortVolume('./src:/src:rshared')).toMatchObject({ type: 'bind', propagation: 'rshared' })
    expect(parseShortVolume('C:\\data:/data')).toMatchObject({ type: 'bind', source: 'C:\\data', target: '/data' })
    expect(parseShortVolume('/anon')).toMatchObject({ type: 'volume', target: '/anon' })
    const long = readVolumes(service('volumes:\n  - {type: bind, source: /etc, target: /h, read_only: true, bind: {propagation: shared}}'))
    expect(long[0]).toMatchObject({ type: 'bind', source: '/etc', readOnly: true, propagation: 'shared' })
  })
})

describe('ports', () => {
  it('parses every short form', () => {
    expect(parseShortPort('80')).toEqual({ target: '80', hostIp: undefined, protocol: undefined })
    expect(parseShortPort('8080:80/udp')).toMatchObject({ published: '8080', target: '80', protocol: 'udp' })
    expect(parseShortPort('127.0.0.1:8080:80')).toMatchObject({ hostIp: '127.0.0.1', published: '8080' })
    expect(parseShortPort('127.0.0.1::80')).toMatchObject({ hostIp: '127.0.0.1', published: undefined })
    expect(parseShortPort('[::1]:8080:80')).toMatchObject({ hostIp: '::1', published: '8080', target: '80' })
    expect(parseShortPort('::1:8080:80')).toMatchObject({ hostIp: '::1', published: '8080' })
    expect(parseShortPort('8000-8010:80')).toMatchObject({ published: '8000-8010' })
  })
  it('reads long syntax, numbers and interpolation', () => {
    const ports = readPorts(service('ports:\n  - 80\n  - target: 80\n    published: "8080"\n    host_ip: 127.0.0.1\n  - "${PORT}:80"\n  - "0.0.0.0:443:443"'))
    expect(ports.map(bindsAllInterfaces)).toEqual([true, false, false, true])
    expect(ports.map(lowestHostPort)).toEqual([undefined, 8080, undefined, 443])
    expect(ports[2].unknown).toBe(true)
    expect(ports[1].located?.pos.line).toBe(5)
  })
  it('reads a long-syntax host_ip with no value, or an empty one, as every interface', () => {
    const ports = readPorts(service('ports:\n  - target: 80\n    host_ip:\n  - target: 81\n    host_ip: ""\n  - target: 82\n    host_ip: ${IP}'))
    expect(ports.map((p) => [p.hostIp, p.unknown, bindsAllInterfaces(p)])).toEqual([['', false, true], ['', false, true], [undefined, true, false]])
  })
})

describe('resources', () => {
  it('prefers deploy syntax, falls back to legacy keys, honours interpolation defaults', () => {
    expect(readResource(service('deploy: {resources: {limits: {memory: 512M}}}'), 'memory')).toMatchObject({ value: 512 * 1024 ** 2, syntax: 'deploy' })
    expect(readResource(service('mem_limit: 1g'), 'memory')).toMatchObject({ value: 1024 ** 3, syntax: 'legacy' })
    expect(readResource(service('mem_limit: ${MEM:-512m}'), 'memory')?.value).toBe(512 * 1024 ** 2)
    expect(limitState(readResource(service('mem_limit: ${MEM}'), 'memory'))).toBe('unknown')
    expect(limitState(readResource(service('pids_limit: -1'), 'pids'))).toBe('unset')
    expect(limitState(readResource(service('pids_limit: "100"'), 'pids'))).toBe('set')
    expect(limitState(readResource(service('image: x'), 'cpus'))).toBe('unset')
    expect(readResource(service('cpuset: "0,1"'), 'cpuset')?.text).toBe('0,1')
    expect(resourceSyntax(service('cpus: 1'))).toBe('legacy')
    expect(resourceSyntax(service('image: x'))).toBe('deploy')
  })
})

describe('devices, image, environment, networks, health, logging', () => {
  it('reads them in short and long forms', () => {
    expect(readDevices(service('devices: ["/dev/sda:/dev/xvda:rwm", {source: /dev/mem, target: /dev/mem}]')).map((d) => d.host)).toEqual(['/dev/sda', '/dev/mem'])
    expect(readDeviceCgroupRules(service('device_cgroup_rules: ["a *:* rwm", "c 1:3 mr"]')).map((r) => [r.type, r.major, r.minor])).toEqual([['a', '*', '*'], ['c', '1', '3']])
    expect(readImage(service('image: registry:5000/team/app:1.2@sha256:abc'))).toMatchObject({ name: 'registry:5000/team/app', tag: '1.2', digest: 'sha256:abc' })
    expect(readImage(service('image: localhost:5000/app'))).toMatchObject({ name: 'localhost:5000/app', tag: undefined })
    expect(readEnvironment(service('environment: [A=1, B]')).map((e) => [e.name, e.value])).toEqual([['A', '1'], ['B', undefined]])
    expect(readEnvironment(service('environment: {A: 1, B: null}')).map((e) => [e.name, e.value])).toEqual([['A', '1'], ['B', undefined]])
    expect(readServiceNetworks(service('image: x'))).toEqual(['default'])
    expect(readServiceNetworks(service('networks: {back: {aliases: [db]}}'))).toEqual(['back'])
    expect(readServiceNetworks(service('network_mode: host'))).toEqual([])
    expect(isInternalNetwork({ networks: { b: { internal: 'true' } } }, 'b')).toBe(true)
    expect(isInternalNetwork({ networks: { b: null } }, 'b')).toBe(false)
    expect(readHealthcheck(service('healthcheck: {test: ["NONE"]}'))).toMatchObject({ present: true, disabled: true })
    expect(readLogging(service('logging: {driver: local, options: {max-size: 10m}}'))).toMatchObject({ driver: 'local', maxSize: '10m' })
  })
})

describe('reader edge cases', () => {
  it('keeps interpolations whole and reads defaults', () => {
    expect(parseShortVolume('${SOCK:-/var/run/docker.sock}:/sock:ro')).toMatchObject({ type: 'bind', source: '/var/run/docker.sock', target: '/sock', readOnly: true })
    expect(readDevices(service('devices: ["${DEV:-/dev/sda}:/dev/xvda"]'))[0]).toMatchObject({ host: '/dev/sda', container: '/dev/xvda' })
    expect(readDeviceCgroupRules(service('device_cgroup_rules: [a, "${R:-c 1:* rwm}"]')).map((r) => [r.type, r.major, r.minor])).toEqual([['a', '*', '*'], ['c', '1', '*']])
    expect(readSecurityOpts(service('security_opt: ["apparmor:${PROFILE}"]'))[0]).toMatchObject({ key: 'apparmor', valueUnknown: true })
    expect(readNoNewPrivileges(service('security_opt: ["no-new-privileges:${NNP}"]')).value).toBeNull()
    expect(isRootUser(readUser(service('user: "00:0"')))).toBe(true)
    expect(readHealthcheck(service('healthcheck: {test: NONE}')).disabled).toBe(false)
  })
})

describe('items of lists merged by extends', () => {
  it('point at the written item, or at the base', () => {
    const f = parseCompose('services:\n  base:\n    ports: ["80:80"]\n  child:\n    extends: base\n    ports:\n      - "443:443"\n')
    const ports = readPorts(f.services[1])
    // The base's item has no path on this service: ['ports', 0] would be the service's own "443:443".
    expect(ports.map((p) => [p.published, p.at, p.located?.origin, p.located?.from, p.located?.pos.line])).toEqual([
      ['80', undefined, 'extends', 'base', 4],
      ['443', ['ports', 0], 'own', undefined, 7],
    ])
    expect(f.services[1].locate(['ports', 0])?.pos.line).toBe(7)
  })
})
