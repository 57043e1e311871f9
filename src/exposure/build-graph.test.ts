import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { buildExposureGraph } from './build-graph'
import type { ExposureGraph } from './graph-types'

const graphOf = (text: string, grades: Record<string, 'A' | 'B' | 'C' | 'D' | 'F'> = {}): ExposureGraph =>
  buildExposureGraph(parseCompose(text), new Map(Object.entries(grades)))
const said = (g: ExposureGraph, service: string) => g.statements.filter((s) => s.service === service).map((s) => s.text)
const edgesOf = (g: ExposureGraph, service: string) => g.edges.filter((e) => e.service === service).map((e) => `${e.kind} ${e.to} ${e.exposure} ${e.label.join(' | ')}`)

describe('the seed\'s complete example', () => {
  const g = graphOf(readFileSync(new URL('../examples/secure-app.yaml', import.meta.url), 'utf8'), { app: 'A', db: 'A' })

  it('draws db inside the internal backend network, with no edge to the host', () => {
    expect(g.networks).toEqual([
      { id: 'network:frontend', name: 'frontend', kind: 'open' },
      { id: 'network:backend', name: 'backend', kind: 'internal' },
    ])
    expect(g.services.find((s) => s.name === 'db')?.group).toBe('network:backend')
    expect(edgesOf(g, 'db')).toEqual([])
    expect(said(g, 'db')).toEqual(['db is only on network backend (internal: no route outside).', 'db publishes no ports to the host.'])
  })

  it('joins app to both networks and draws its localhost port to the host', () => {
    expect(g.services.find((s) => s.name === 'app')?.group).toBeUndefined()
    expect(edgesOf(g, 'app')).toEqual([
      'joins network:frontend none ',
      'joins network:backend none ',
      'port host limited 127.0.0.1:8080→8080',
    ])
    expect(said(g, 'app')).toContain('app publishes port 8080 on 127.0.0.1 only (127.0.0.1:8080 → container port 8080/tcp): reachable from this host only.')
    expect(g.hostNodes.map((h) => h.id)).toEqual(['host'])
    expect(g.services.find((s) => s.name === 'app')?.accessibleName).toBe('app, grade A, publishes 127.0.0.1:8080→8080')
  })
})

describe('a service on the host network with the Docker socket', () => {
  const g = graphOf(`services:
  agent:
    image: portainer/agent:2
    network_mode: host
    privileged: true
    pid: host
    ports: ["9001:9001"]
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
      - /:/host:ro
      - ./data:/data
`, { agent: 'F' })

  it('draws both risks, and the privileged node', () => {
    expect(edgesOf(g, 'agent')).toEqual([
      'host-network host risk network_mode: host',
      'socket docker-socket risk /var/run/docker.sock (ro)',
      'mount host-fs risk ./data',
      'mount host-fs limited / (ro)',
    ])
    expect(g.hostNodes.map((h) => h.id)).toEqual(['host', 'host-fs', 'docker-socket'])
    const node = g.services[0]
    expect(node).toMatchObject({ privileged: true, hostNetwork: true, marks: ['host network', 'privileged', 'pid: host'], group: undefined })
    expect(node.accessibleName).toBe('agent, grade F, host network, privileged, pid: host, mounts the Docker socket, mounts 2 host paths')
    expect(g.networks).toEqual([])
  })

  it('says each risk in a sentence; the ignored ports are not drawn', () => {
    const text = said(g, 'agent')
    expect(text[0]).toMatch(/^agent uses the host's network \(network_mode: host\)/)
    expect(text).toContain('agent mounts the container runtime socket /var/run/docker.sock at /var/run/docker.sock read-only, which does not protect it: it can start a privileged container and take over the host.')
    expect(text.some((t) => t.includes('9001'))).toBe(false)
    expect(g.statements.filter((s) => s.exposure === 'risk')).toHaveLength(5)
  })
})

describe('ports', () => {
  const g = graphOf(`services:
  web:
    image: nginx
    ports:
      - "80:80"
      - "127.0.0.1:9090:9090"
      - "8000-8010:8000-8010"
      - "[::1]:53:53/udp"
      - "10.0.0.5:443:443"
      - "3000"
      - target: 22
        published: "2222"
        host_ip: 0.0.0.0
      - "\${PORT}:80"
`)

  it('labels each with its bind address, range and protocol, split by exposure', () => {
    expect(edgesOf(g, 'web')).toEqual([
      'port host risk 0.0.0.0:80→80 | 0.0.0.0:8000-8010→8000-8010 | 0.0.0.0:random→3000 | 0.0.0.0:2222→22 | ${PORT}:80',
      'port host limited 127.0.0.1:9090→9090 | [::1]:53→53/udp | 10.0.0.5:443→443',
    ])
  })

  it('says who can connect', () => {
    const text = said(g, 'web')
    expect(text).toContain('web publishes port 80 on every interface of the host (0.0.0.0:80 → container port 80/tcp): other machines can connect.')
    expect(text).toContain('web publishes ports 8000-8010 on every interface of the host (0.0.0.0:8000-8010 → container port 8000-8010/tcp): other machines can connect.')
    expect(text).toContain('web publishes port 53 on [::1] only ([::1]:53 → container port 53/udp): reachable from this host only.')
    expect(text).toContain('web publishes a port Docker picks on every interface of the host (0.0.0.0:random → container port 3000/tcp): other machines can connect.')
    expect(text).toContain('web publishes port 443 on the host address 10.0.0.5 (10.0.0.5:443 → container port 443/tcp): machines on that interface\'s network can connect.')
    expect(text).toContain('web publishes ${PORT}:80 to the host: a variable decides the address, so it may be every interface.')
  })
})

describe('network placement', () => {
  const g = graphOf(`services:
  a:
    image: x
  b:
    image: x
    network_mode: service:a
  c:
    image: x
    network_mode: none
  d:
    image: x
    networks: [ext]
networks:
  ext:
    external: true
`)

  it('puts services without networks on the default network', () => {
    expect(g.networks.map((n) => `${n.name} ${n.kind}`)).toEqual(['default open', 'ext external'])
    expect(g.services.map((s) => s.group)).toEqual(['network:default', undefined, undefined, 'network:ext'])
  })

  it('draws a shared namespace as an edge and marks a service without network', () => {
    expect(edgesOf(g, 'b')).toEqual(['namespace service:a limited shares network'])
    expect(said(g, 'b')).toEqual(['b shares the network namespace of a (network_mode: service:a): it is reachable wherever a is.'])
    expect(g.services[2].marks).toEqual(['no network'])
    expect(said(g, 'd')[0]).toBe('d is only on network ext (external: made outside this file).')
  })

  it('never throws on broken or odd input', () => {
    for (const text of ['', 'services: 3', 'services:\n  x: null', 'services:\n  x:\n    ports: {a: 1}\n    volumes: 7\n    network_mode: [1]', ': : :']) {
      expect(() => graphOf(text)).not.toThrow()
    }
  })
})
