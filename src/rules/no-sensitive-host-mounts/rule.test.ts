import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../../compose/read/parse'
import { analyze } from '../engine'
import { describeRule } from '../harness'
import rule from './rule'

describeRule(rule, new URL('./fixtures', import.meta.url))

const fixture = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8')
/** `service messageId severity fix` per finding, in report order. */
const found = (text: string) => analyze(parseCompose(text), [rule]).map((f) => `${f.service} ${f.messageId} ${f.severity} ${f.fix}`)

describe('no-sensitive-host-mounts details', () => {
  it('grades read-write above read-only, in both syntaxes', () => {
    expect(found(fixture('fire/long-syntax.yaml'))).toEqual([
      'collector read-only medium none', 'collector read-write high none', 'collector read-write high none', 'collector read-only medium none',
    ])
  })

  it('reports the normalised path', () => {
    const findings = analyze(parseCompose(fixture('fire/normalised-paths.yaml')), [rule])
    expect(findings.map((f) => f.data?.path)).toEqual([
      '/etc', '/etc/ssl', '/proc', '/var/lib/docker', '/etc/passwd', '/etc/app', '/lib64', '/bin', '/root',
    ])
  })

  it('reports a long-syntax item on its source line, and a named volume that binds a host path by its name', () => {
    const long = analyze(parseCompose(fixture('fire/long-syntax.yaml')), [rule])
    expect(long.map((f) => f.at)).toEqual([0, 1, 2, 3].map((i) => ['volumes', i, 'source']))
    const named = analyze(parseCompose(fixture('fire/named-volumes.yaml')), [rule])
    expect(named.map((f) => [f.data?.volume, f.data?.path, f.severity])).toEqual([['hostroot', '/', 'high'], ['hostetc', '/etc', 'medium'], ['keys', '/root/.ssh', 'medium']])
    expect(named[0].message).toBe('Volume "hostroot:/host", through the named volume "hostroot", bind-mounts / read-write, and / holds the whole host filesystem: the container can change the host itself, which is a way to take it over.')
  })

  it('names what a home directory, its credentials and the parents of system directories hold', () => {
    const findings = analyze(parseCompose(fixture('fire/home-and-parents.yaml')), [rule])
    expect(findings.map((f) => `${f.data?.path} ${f.data?.root}`)).toEqual([
      '/home /home', '/home/alice /home/alice', '~ ~', '~/.ssh ~/.ssh', '~/.aws/credentials ~/.aws', '~/.kube ~/.kube',
      '~/.docker/config.json ~/.docker', '/home/bob/.ssh/id_ed25519 /home/bob/.ssh', '~alice/.ssh ~alice/.ssh',
      '/var /var', '/var/lib /var/lib', '/run /run', '/var/run /run', '/run/systemd/private /run/systemd',
      '/run/dbus/system_bus_socket /run/dbus', '/run/user/1000 /run/user', '/run/containerd /run/containerd',
    ])
  })
})
