// Compose -> docker run: the command text, the notes for what has no option, and the set-up commands.
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { composeToRun, serviceToRun } from './compose-to-run'
import { runToCompose } from './run-to-compose'
import { shellWord } from './shell-word'

const FILE = `name: shop
services:
  web:
    build: .
    container_name: shop-web
    entrypoint: ["/tini", "--", "node"]
    command: server.js --port 3000
    environment:
      - NODE_ENV=production
      - SECRET_KEY
      - GREETING=price $$5 for \${USER}
    ports:
      - target: 3000
        published: "8080"
        host_ip: 127.0.0.1
        protocol: tcp
      - target: 53
        host_ip: "::1"
        protocol: udp
    volumes:
      - type: bind
        source: ./conf
        target: /etc/app
        read_only: true
        bind:
          propagation: rslave
          selinux: z
      - type: tmpfs
        target: /cache
        tmpfs:
          size: 64m
          mode: 0o1770
    networks:
      front:
        aliases: [web]
        ipv4_address: 172.30.0.10
    network_mode: ~
    depends_on: [db]
    healthcheck:
      test: ["NONE"]
    deploy:
      replicas: 2
      resources:
        reservations:
          cpus: "0.5"
    stop_grace_period: 1m30s
    x-note: ignored
  db:
    image: postgres:16
    network_mode: service:web
    volumes_from: [web]
    configs: [pg_conf]
    secrets:
      - source: pw
        target: db_password
networks:
  front:
    ipam:
      config:
        - subnet: 172.30.0.0/24
configs:
  pg_conf:
    file: ./postgresql.conf
secrets:
  pw:
    environment: DB_PASSWORD
`

describe('compose -> docker run', () => {
  const result = composeToRun(FILE)

  it('writes one option per line, long syntax as --mount and --publish, variables kept for the shell', () => {
    expect(result.problems).toEqual([])
    expect(result.commands[0].command).toBe(`docker run -d \\
  --name shop-web \\
  --entrypoint /tini \\
  --env NODE_ENV=production \\
  --env SECRET_KEY \\
  --env "GREETING=price \\$5 for \${USER}" \\
  --publish 127.0.0.1:8080:3000/tcp \\
  --publish '[::1]::53/udp' \\
  --mount type=bind,source=./conf,target=/etc/app,readonly,bind-propagation=rslave \\
  --mount type=tmpfs,target=/cache,tmpfs-size=64m,tmpfs-mode=1770 \\
  --network front \\
  --network-alias web \\
  --ip 172.30.0.10 \\
  --no-healthcheck \\
  --stop-timeout 90 \\
  shop-web -- node server.js --port 3000`)
  })

  it('notes every setting without an option, and what to run first', () => {
    expect(result.commands[0].notes).toEqual([
      'build: docker run needs a built image: build it first (docker build -t IMAGE CONTEXT)',
      'volumes: the SELinux label (bind.selinux: z) has no --mount option; use -v SOURCE:TARGET:z instead',
      'networks: front must exist before docker run (Compose names it <project>_front and creates it itself)',
      'depends_on: docker run has no start order: start the services it names first',
      'deploy.replicas has no docker run option',
      'deploy.resources.reservations.cpus has no docker run option (--cpu-shares sets a relative weight instead)',
      'entrypoint: --entrypoint takes only the program; its other words go before the command\'s arguments',
      'image: the service has none; shop-web is the name Compose gives the image it builds',
    ])
    expect(result.setup).toEqual(['docker network create --subnet 172.30.0.0/24 front'])
  })

  it('points service: references at the other service\'s container, and mounts file configs read-only', () => {
    expect(result.commands[1].argv).toEqual([
      'docker', 'run', '-d', '--name', 'db', '--network', 'container:shop-web', '--volumes-from', 'shop-web',
      '--volume', './postgresql.conf:/pg_conf:ro', 'postgres:16',
    ])
    expect(result.commands[1].notes).toEqual(['secrets: pw is not a file secret (environment); docker run can mount only files'])
  })

  it('reads back to the same settings where docker run has the options', () => {
    const back = runToCompose(result.commands[0].command)
    expect(back.problems).toEqual([])
    expect(back.services[0].service).toMatchObject({
      environment: { NODE_ENV: 'production', SECRET_KEY: null, GREETING: 'price $$5 for ${USER}' },
      ports: ['127.0.0.1:8080:3000/tcp', '[::1]::53/udp'],
      volumes: [
        { type: 'bind', source: './conf', target: '/etc/app', read_only: true, bind: { propagation: 'rslave' } },
        { type: 'tmpfs', target: '/cache', tmpfs: { size: '64m', mode: 0o1770 } },
      ],
      networks: { front: { aliases: ['web'], ipv4_address: '172.30.0.10' } },
      healthcheck: { disable: true },
      stop_grace_period: '90s',
    })
  })

  it('converts one service of a parsed file, or says there is none', () => {
    const file = parseCompose(FILE)
    expect(serviceToRun(file, 'db')?.argv.at(-1)).toBe('postgres:16')
    expect(serviceToRun(file, 'nope')).toBeNull()
  })

  it('reports invalid YAML with its line instead of converting', () => {
    expect(composeToRun('services:\n  web: [\n').problems[0]).toMatch(/^line \d+: /)
  })
})

describe('shellWord', () => {
  it.each([
    ['plain', 'plain'],
    ['a b', "'a b'"],
    ["it's", `'it'"'"'s'`],
    ['${HOME}/x', '"${HOME}/x"'],
    ['$$HOME', '"\\$HOME"'],
    ['say "${WHO:-you}"', '"say \\"${WHO:-you}\\""'],
  ])('%s -> %s', (value, word) => expect(shellWord(value)).toBe(word))
})

describe('compose -> docker run never throws', () => {
  it('on any value under any service key', async () => {
    const fc = (await import('fast-check')).default
    const { stringify } = await import('yaml')
    const { EMITTERS } = await import('./run-options')
    const keys = Object.keys(EMITTERS)
    const value = fc.jsonValue({ maxDepth: 3 })
    fc.assert(fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 6 }), fc.constantFrom("echo 'open", 'a "b', '${X', '$$'), (service, odd) => {
      const text = stringify({ services: { s: { ...service, command: odd }, t: service } })
      const result = composeToRun(text)
      for (const c of result.commands) expect(typeof c.command).toBe('string')
    }), { numRuns: 100 })
  }, 30_000)
})
