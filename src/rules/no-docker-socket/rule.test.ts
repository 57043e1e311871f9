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

describe('no-docker-socket details', () => {
  it('says that a read-only socket is still full control', () => {
    expect(found(fixture('fire/short-syntax.yaml'))).toEqual([
      'traefik socket critical unsafe', 'traefik socket-ro critical unsafe',
      'agent socket critical unsafe', 'agent socket critical unsafe', 'agent socket-ro critical unsafe',
      'runner socket critical unsafe', 'runner socket critical unsafe', 'runner socket critical unsafe',
      'runner socket critical unsafe', 'runner socket critical unsafe', 'ui socket critical unsafe',
    ])
  })

  it('names the runtime, and reports a long-syntax item on its source line', () => {
    expect(found(fixture('fire/long-syntax.yaml'))).toEqual(['proxy socket critical unsafe', 'proxy socket-ro critical unsafe', 'builder api-socket critical unsafe'])
    const findings = analyze(parseCompose(fixture('fire/long-syntax.yaml')), [rule])
    expect(findings[1].data).toMatchObject({ runtime: 'containerd', path: '/run/containerd/containerd.sock' })
    expect(findings.map((f) => f.at)).toEqual([['volumes', 0, 'source'], ['volumes', 1, 'source'], ['use_api_socket']])
  })

  it('sees a named volume that bind-mounts a socket, and names the volume', () => {
    const findings = analyze(parseCompose(fixture('fire/named-volumes.yaml')), [rule])
    expect(findings.map((f) => [f.service, f.data?.volume, f.data?.path, f.fix])).toEqual([
      ['agent', 'dockersock', '/var/run/docker.sock', 'unsafe'],
      ['agent', 'podman', '/run/user/1000/podman/podman.sock', 'unsafe'],
      ['shared', 'dockersock', '/var/run/docker.sock', 'unsafe'],
    ])
    expect(findings[0].message).toBe('Volume "dockersock:/var/run/docker.sock", through the named volume "dockersock", mounts the Docker API socket /var/run/docker.sock: the container can start a privileged container and take over the host.')
  })

  it('leaves a socket merged from an extends base to the base service', () => {
    expect(found(fixture('fire/inherited.yaml'))).toContain('mixed socket critical none')
  })
})
