import { edited } from './test-utils'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import {
  addPortPlan,
  addServiceNetworkPlan,
  bindAllPortsToLocalhostPlan,
  bindPortToLocalhostPlan,
  formatShortPort,
  networkModeChoice,
  networkModeProblem,
  networkModeValue,
  portInputProblems,
  removeAllPortsPlan,
  removePortPlan,
  removeServiceNetworkPlan,
  setNetworkInternalPlan,
  setNetworkModePlan,
} from './network'

const WEB = `services:
  web:
    image: nginx:1.27 # the front end
    ports:
      - "8080:80"      # public site
      - 127.0.0.1:9000:9000
      - '443:443/tcp'
      - 53/udp
    networks: [frontend]
networks:
  frontend: {}
  backend:
    internal: true     # no route out
`

describe('network mode', () => {
  it('maps values to form choices and back', () => {
    expect(networkModeChoice(undefined)).toEqual({ kind: 'default', target: '' })
    expect(networkModeChoice('host')).toEqual({ kind: 'host', target: '' })
    expect(networkModeChoice('service:vpn')).toEqual({ kind: 'service', target: 'vpn' })
    expect(networkModeChoice('container:abc')).toEqual({ kind: 'container', target: 'abc' })
    expect(networkModeChoice('${MODE}')).toEqual({ kind: 'other', target: '${MODE}' })
    expect(networkModeValue('service', ' vpn ')).toBe('service:vpn')
    expect(networkModeValue('default', 'x')).toBe('')
    expect(networkModeProblem('service', '')).toMatch(/Name the service/)
    expect(networkModeProblem('host', '')).toBeNull()
  })

  it('sets and removes network_mode, keeping comments', () => {
    const text = 'services:\n  app:\n    image: x # pinned later\n'
    const host = edited(text, (f) => setNetworkModePlan(f, 'app', 'host'))
    expect(host).toBe('services:\n  app:\n    image: x # pinned later\n    network_mode: host\n')
    expect(edited(host, (f) => setNetworkModePlan(f, 'app', 'service:vpn'))).toBe(
      'services:\n  app:\n    image: x # pinned later\n    network_mode: service:vpn\n',
    )
    expect(edited(host, (f) => setNetworkModePlan(f, 'app', ''))).toBe(text)
  })

  it('refuses a mode while the service lists networks', () => {
    expect(setNetworkModePlan(parseCompose(WEB), 'web', 'host')).toMatch(/remove the networks of web first/)
  })
})

describe('service networks', () => {
  it('appends to a flow list and declares a new network at the top level', () => {
    expect(edited(WEB, (f) => addServiceNetworkPlan(f, 'web', 'backend'))).toBe(WEB.replace('[frontend]', '[frontend, backend]'))
    expect(edited(WEB, (f) => addServiceNetworkPlan(f, 'web', 'metrics'))).toBe(
      WEB.replace('[frontend]', '[frontend, metrics]') + '  metrics: {}\n',
    )
  })

  it('adds a key to the map syntax', () => {
    const text = 'services:\n  app:\n    networks:\n      front:\n        aliases: [www]\nnetworks:\n  front:\n  back:\n'
    expect(edited(text, (f) => addServiceNetworkPlan(f, 'app', 'back'))).toBe(
      'services:\n  app:\n    networks:\n      front:\n        aliases: [www]\n      back: {}\nnetworks:\n  front:\n  back:\n',
    )
  })

  it('creates the list on a service that was on the default network', () => {
    const text = 'services:\n  app:\n    image: x\nnetworks:\n  back:\n    internal: true\n'
    expect(edited(text, (f) => addServiceNetworkPlan(f, 'app', 'back'))).toBe(
      'services:\n  app:\n    image: x\n    networks:\n      - back\nnetworks:\n  back:\n    internal: true\n',
    )
  })

  it('refuses duplicates, bad names and a service with network_mode', () => {
    const file = parseCompose(WEB)
    expect(addServiceNetworkPlan(file, 'web', 'frontend')).toMatch(/already/)
    expect(addServiceNetworkPlan(file, 'web', 'my net')).toMatch(/letters, digits/)
    expect(addServiceNetworkPlan(parseCompose('services:\n  a:\n    network_mode: host\n'), 'a', 'x')).toMatch(/network_mode/)
  })

  it('removes from the list or the map', () => {
    const text = WEB.replace('[frontend]', '[frontend, backend]')
    expect(edited(text, (f) => removeServiceNetworkPlan(f, 'web', 'backend'))).toBe(WEB)
    const map = 'services:\n  app:\n    networks:\n      front:\n        aliases: [www]\n      back: {}\n'
    expect(edited(map, (f) => removeServiceNetworkPlan(f, 'app', 'back'))).toBe('services:\n  app:\n    networks:\n      front:\n        aliases: [www]\n')
  })

  it('overrides a list merged from an anchor instead of editing the anchor', () => {
    const text = 'x-net: &net\n  networks: [a, b]\nservices:\n  app:\n    <<: *net\n    image: x\n'
    expect(edited(text, (f) => removeServiceNetworkPlan(f, 'app', 'b'))).toBe(
      'x-net: &net\n  networks: [a, b]\nservices:\n  app:\n    <<: *net\n    image: x\n    networks:\n      - a\n',
    )
  })
})

describe('internal networks', () => {
  it('switches internal on and off in place', () => {
    expect(edited(WEB, (f) => setNetworkInternalPlan(f, 'backend', false))).toBe(WEB.replace('internal: true', 'internal: false'))
    expect(edited(WEB, (f) => setNetworkInternalPlan(f, 'frontend', true))).toBe(WEB.replace('frontend: {}', 'frontend: {internal: true}'))
  })

  it('fills a network declared with an empty value', () => {
    const text = 'services: {}\nnetworks:\n  back: # for the database\n'
    expect(edited(text, (f) => setNetworkInternalPlan(f, 'back', true))).toMatch(/^networks:\n {2}back: # for the database\n {4}internal: true\n$/m)
  })
})

describe('ports', () => {
  it('validates and formats new ports', () => {
    const input = { hostIp: '127.0.0.1', published: '8080', target: '80', protocol: 'tcp' }
    expect(portInputProblems(input)).toEqual({})
    expect(formatShortPort(input)).toBe('127.0.0.1:8080:80')
    expect(formatShortPort({ ...input, hostIp: '::1', protocol: 'udp' })).toBe('[::1]:8080:80/udp')
    expect(formatShortPort({ ...input, published: '' })).toBe('127.0.0.1::80')
    expect(formatShortPort({ ...input, hostIp: '', published: '' })).toBe('80')
    expect(portInputProblems({ hostIp: 'localhost', published: '99999', target: '', protocol: 'icmp' })).toEqual({
      hostIp: expect.stringMatching(/IP address/),
      published: expect.stringMatching(/between 1 and 65535/),
      target: expect.stringMatching(/Enter the container port/),
      protocol: expect.stringMatching(/tcp, udp or sctp/),
    })
  })

  it('binds one short-syntax port to 127.0.0.1, keeping its quotes and comment', () => {
    expect(edited(WEB, (f) => bindPortToLocalhostPlan(f, 'web', 0))).toBe(WEB.replace('"8080:80"', '"127.0.0.1:8080:80"'))
    expect(edited(WEB, (f) => bindPortToLocalhostPlan(f, 'web', 2))).toBe(WEB.replace("'443:443/tcp'", "'127.0.0.1:443:443/tcp'"))
    // Already bound: nothing to do.
    expect(bindPortToLocalhostPlan(parseCompose(WEB), 'web', 1)).toBeNull()
  })

  it('binds every exposed port in one plan', () => {
    expect(edited(WEB, (f) => bindAllPortsToLocalhostPlan(f, 'web'))).toBe(
      WEB.replace('"8080:80"', '"127.0.0.1:8080:80"').replace("'443:443/tcp'", "'127.0.0.1:443:443/tcp'").replace('- 53/udp', '- 127.0.0.1::53/udp'),
    )
  })

  it('sets host_ip on a long-syntax port', () => {
    const text = 'services:\n  api:\n    ports:\n      - target: 80 # http\n        published: "8080"\n'
    expect(edited(text, (f) => bindPortToLocalhostPlan(f, 'api', 0))).toBe(
      'services:\n  api:\n    ports:\n      - target: 80 # http\n        published: "8080"\n        host_ip: 127.0.0.1\n',
    )
    const zero = 'services:\n  api:\n    ports:\n      - {target: 80, host_ip: 0.0.0.0}\n'
    expect(edited(zero, (f) => bindAllPortsToLocalhostPlan(f, 'api'))).toBe('services:\n  api:\n    ports:\n      - {target: 80, host_ip: 127.0.0.1}\n')
  })

  it('overrides ports merged from an anchor', () => {
    const text = 'x-p: &p\n  ports: ["80:80"]\nservices:\n  app:\n    <<: *p\n'
    expect(edited(text, (f) => bindPortToLocalhostPlan(f, 'app', 0))).toBe(
      'x-p: &p\n  ports: ["80:80"]\nservices:\n  app:\n    <<: *p\n    ports:\n      - "127.0.0.1:80:80"\n',
    )
  })

  it('adds ports in the syntax the list uses, and removes them', () => {
    const input = { hostIp: '127.0.0.1', published: '5432', target: '5432', protocol: 'tcp' }
    expect(edited(WEB, (f) => addPortPlan(f, 'web', input))).toBe(WEB.replace('      - 53/udp\n', '      - 53/udp\n      - "127.0.0.1:5432:5432"\n'))
    const long = 'services:\n  api:\n    ports:\n      - target: 80\n        published: "8080"\n'
    expect(edited(long, (f) => addPortPlan(f, 'api', { ...input, protocol: 'udp' }))).toBe(
      long + '      - target: 5432\n        published: "5432"\n        host_ip: 127.0.0.1\n        protocol: udp\n',
    )
    expect(edited(WEB, (f) => removePortPlan(f, 'web', 0))).toBe(WEB.replace('      - "8080:80"      # public site\n', ''))
  })

  it('refuses to edit a port inherited through extends', () => {
    const text = 'services:\n  base:\n    ports: ["80:80"]\n  app:\n    extends: base\n'
    expect(bindPortToLocalhostPlan(parseCompose(text), 'app', 0)).toMatch(/through extends/)
    expect(removePortPlan(parseCompose(text), 'app', 0)).toMatch(/service "base" through extends/)
  })
})

describe('removing every port', () => {
  it('deletes the whole ports key of a service that writes it', () => {
    expect(edited(WEB, (f) => removeAllPortsPlan(f, 'web'))).toBe(WEB.replace(/ {4}ports:\n( {6}- .*\n)+/, ''))
  })

  it('overrides ports merged from an anchor with an empty list', () => {
    const text = 'x-p: &p\n  ports: ["5432:5432"]\nservices:\n  db:\n    <<: *p\n    image: postgres\n'
    expect(edited(text, (f) => removeAllPortsPlan(f, 'db'))).toBe(text + '    ports: []\n')
  })
})
