// Table test: docker run commands -> exact Compose YAML; the composerize bugs; errors; compose -> run -> compose on the seed.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { composeToRun } from './compose-to-run'
import { runToCompose } from './run-to-compose'

interface Case {
  name: string
  run: string
  /** The whole YAML text, after a leading newline. */
  yaml: string
  /** Options reported as unsupported, as written, in order. */
  unsupported?: string[]
}

const CASES: Case[] = [
  {
    name: 'the image alone',
    run: `docker run nginx`,
    yaml: `
services:
  nginx:
    image: nginx
`,
  },
  {
    name: '--name names the service; the image keeps its registry and tag',
    run: `docker run --name web ghcr.io/acme/web:1.2`,
    yaml: `
services:
  web:
    image: ghcr.io/acme/web:1.2
`,
  },
  {
    name: 'the service is named after the image\'s last path segment, without tag or digest',
    run: `docker run registry.example.com:5000/team/api@sha256:0123456789abcdef`,
    yaml: `
services:
  api:
    image: registry.example.com:5000/team/api@sha256:0123456789abcdef
`,
  },
  {
    name: 'the words after the image are the command, in exec form',
    run: `docker run alpine:3.20 sh -c 'echo "hi $HOME"'`,
    yaml: `
services:
  alpine:
    image: alpine:3.20
    command: ["sh", "-c", "echo \\"hi $$HOME\\""]
`,
  },
  {
    name: '--user keeps uid:gid as a quoted string',
    run: `docker run --user 1000:1000 alpine`,
    yaml: `
services:
  alpine:
    image: alpine
    user: "1000:1000"
`,
  },
  {
    name: '--cap-drop and repeated --cap-add',
    run: `docker run --cap-drop ALL --cap-add NET_BIND_SERVICE --cap-add CHOWN nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    cap_drop: [ALL]
    cap_add: [NET_BIND_SERVICE, CHOWN]
`,
  },
  {
    name: '--read-only and repeated --tmpfs keep every mount (composerize drops all but one)',
    run: `docker run --read-only --tmpfs /tmp:size=64M,mode=1777 --tmpfs /run --tmpfs /var/cache/nginx:size=16m nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    read_only: true
    tmpfs:
      - /tmp:size=64M,mode=1777
      - /run
      - /var/cache/nginx:size=16m
`,
  },
  {
    name: '--security-opt in every form',
    run: `docker run --security-opt no-new-privileges --security-opt no-new-privileges:true --security-opt no-new-privileges=true --security-opt seccomp=unconfined --security-opt seccomp=./seccomp.json --security-opt apparmor=docker-default --security-opt label=type:svirt_apache_t --security-opt label:disable --security-opt systempaths=unconfined --security-opt writable-cgroups=true nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    security_opt:
      - no-new-privileges
      - no-new-privileges:true
      - no-new-privileges=true
      - seccomp=unconfined
      - seccomp=./seccomp.json
      - apparmor=docker-default
      - label=type:svirt_apache_t
      - label:disable
      - systempaths=unconfined
      - writable-cgroups=true
`,
  },
  {
    name: '--privileged',
    run: `docker run --privileged docker:dind`,
    yaml: `
services:
  docker:
    image: docker:dind
    privileged: true
`,
  },
  {
    name: '--pid, --ipc, --uts, --userns and --cgroupns',
    run: `docker run --pid host --ipc host --uts host --userns host --cgroupns private alpine`,
    yaml: `
services:
  alpine:
    image: alpine
    pid: host
    ipc: host
    uts: host
    userns_mode: host
    cgroup: private
`,
  },
  {
    name: '--network host is a network mode',
    run: `docker run --network host nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    network_mode: host
`,
  },
  {
    name: '--network none',
    run: `docker run --network=none alpine`,
    yaml: `
services:
  alpine:
    image: alpine
    network_mode: none
`,
  },
  {
    name: 'a user network with an alias and addresses',
    run: `docker run --network app --network-alias api --network-alias backend --ip 172.20.0.5 --ip6 2001:db8::5 nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    networks:
      app:
        aliases:
          - api
          - backend
        ipv4_address: 172.20.0.5
        ipv6_address: "2001:db8::5"

networks:
  app: {}
`,
  },
  {
    name: 'several networks, one in the advanced syntax',
    run: `docker run --network front --network name=back,alias=db,driver-opt=com.docker.network.endpoint.sysctls=net.ipv4.conf.IFNAME.log_martians=1 postgres:16`,
    yaml: `
services:
  postgres:
    image: postgres:16
    networks:
      front: {}
      back:
        aliases:
          - db
        driver_opts:
          com.docker.network.endpoint.sysctls: net.ipv4.conf.IFNAME.log_martians=1

networks:
  front: {}
  back: {}
`,
  },
  {
    name: 'container:NAME stays a container mode when no command here made NAME',
    run: `docker run --network container:vpn --pid container:vpn alpine`,
    yaml: `
services:
  alpine:
    image: alpine
    pid: container:vpn
    network_mode: container:vpn
`,
  },
  {
    name: '-p keeps the host address, ranges, protocols and IPv6 (composerize drops the address)',
    run: `docker run -p 127.0.0.1:8080:80 -p 8000-8010:8000-8010 -p 53:53/udp -p [::1]:9000:9000 -p 80 -p 127.0.0.1::443 --expose 9090 nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    ports:
      - "127.0.0.1:8080:80"
      - "8000-8010:8000-8010"
      - "53:53/udp"
      - "[::1]:9000:9000"
      - "80"
      - "127.0.0.1::443"
    expose:
      - "9090"
`,
  },
  {
    name: '-v: binds with options, named and anonymous volumes, kept in the short syntax',
    run: `docker run -v /etc/nginx/conf.d:/etc/nginx/conf.d:ro -v ./html:/usr/share/nginx/html:ro,z -v /srv/shared:/shared:rslave -v cache:/var/cache/nginx -v /anonymous nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    volumes:
      - /etc/nginx/conf.d:/etc/nginx/conf.d:ro
      - ./html:/usr/share/nginx/html:ro,z
      - /srv/shared:/shared:rslave
      - cache:/var/cache/nginx
      - /anonymous

volumes:
  cache: {}
`,
  },
  {
    name: '--mount bind with readonly and bind-propagation (composerize loses readonly)',
    run: `docker run --mount type=bind,source=/etc/app,target=/etc/app,readonly,bind-propagation=rslave app:1`,
    yaml: `
services:
  app:
    image: app:1
    volumes:
      - type: bind
        source: /etc/app
        target: /etc/app
        read_only: true
        bind:
          propagation: rslave
`,
  },
  {
    name: '--mount volume options, with the volume\'s driver settings at the top level',
    run: `docker run --mount type=volume,src=data,dst=/data,volume-nocopy,volume-subpath=app,volume-driver=local,volume-opt=type=nfs,volume-opt=device=:/exports --mount source=logs,target=/logs,ro=true app:1`,
    yaml: `
services:
  app:
    image: app:1
    volumes:
      - type: volume
        source: data
        target: /data
        volume:
          nocopy: true
          subpath: app
      - type: volume
        source: logs
        target: /logs
        read_only: true

volumes:
  data:
    driver: local
    driver_opts:
      type: nfs
      device: :/exports
  logs: {}
`,
  },
  {
    name: '--mount tmpfs with tmpfs-size and tmpfs-mode (octal)',
    run: `docker run --read-only --mount type=tmpfs,destination=/cache,tmpfs-size=67108864,tmpfs-mode=1770 app:1`,
    yaml: `
services:
  app:
    image: app:1
    read_only: true
    volumes:
      - type: tmpfs
        target: /cache
        tmpfs:
          size: 67108864
          mode: 0o1770
`,
  },
  {
    name: '--device and --device-cgroup-rule',
    run: `docker run --device /dev/fuse --device /dev/sda:/dev/xvda:rwm --device-cgroup-rule 'c 42:* rmw' app:1`,
    yaml: `
services:
  app:
    image: app:1
    devices:
      - /dev/fuse
      - /dev/sda:/dev/xvda:rwm
    device_cgroup_rules:
      - c 42:* rmw
`,
  },
  {
    name: 'memory, CPU and process limits',
    run: `docker run --memory 512m --memory-swap 1g --memory-reservation 256m --cpus 1.5 --cpu-shares 512 --cpuset-cpus 0-1 --pids-limit 100 app:1`,
    yaml: `
services:
  app:
    image: app:1
    deploy:
      resources:
        limits:
          cpus: "1.5"
          memory: 512m
          pids: 100
        reservations:
          memory: 256m
    cpu_shares: 512
    cpuset: 0-1
    memswap_limit: 1g
`,
  },
  {
    name: 'unlimited swap and unlimited processes',
    run: `docker run -m 1g --memory-swap -1 --pids-limit -1 app:1`,
    yaml: `
services:
  app:
    image: app:1
    deploy:
      resources:
        limits:
          memory: 1g
          pids: -1
    memswap_limit: -1
`,
  },
  {
    name: '--health-* options',
    run: `docker run --health-cmd 'curl -fsS http://localhost:8080/health || exit 1' --health-interval 30s --health-timeout 5s --health-retries 3 --health-start-period 10s --health-start-interval 2s app:1`,
    yaml: `
services:
  app:
    image: app:1
    healthcheck:
      test: ["CMD-SHELL", "curl -fsS http://localhost:8080/health || exit 1"]
      interval: 30s
      timeout: 5s
      retries: 3
      start_period: 10s
      start_interval: 2s
`,
  },
  {
    name: '--no-healthcheck',
    run: `docker run --no-healthcheck app:1`,
    yaml: `
services:
  app:
    image: app:1
    healthcheck:
      disable: true
`,
  },
  {
    name: '--log-driver and repeated --log-opt (numbers stay strings)',
    run: `docker run --log-driver json-file --log-opt max-size=10m --log-opt max-file=3 --log-opt compress=true app:1`,
    yaml: `
services:
  app:
    image: app:1
    logging:
      driver: json-file
      options:
        max-size: 10m
        max-file: "3"
        compress: "true"
`,
  },
  {
    name: '--restart no is quoted; on-failure keeps its count',
    run: `docker run --restart no app:1 && docker run --restart on-failure:5 worker:1`,
    yaml: `
services:
  app:
    image: app:1
    restart: "no"

  worker:
    image: worker:1
    restart: on-failure:5
`,
  },
  {
    name: '-e forms: value, from the host, empty, later wins, quoted values',
    run: `docker run -e A=1 -e B -e C= --env D=true -e E="a b" -e A=2 app:1`,
    yaml: `
services:
  app:
    image: app:1
    environment:
      A: "2"
      B:
      C: ""
      D: "true"
      E: a b
`,
  },
  {
    name: '--env-file twice',
    run: `docker run --env-file .env --env-file ./prod.env app:1`,
    yaml: `
services:
  app:
    image: app:1
    env_file:
      - .env
      - ./prod.env
`,
  },
  {
    name: '--entrypoint is one program; the command follows the image',
    run: `docker run --entrypoint /bin/sh alpine -c "echo hi"`,
    yaml: `
services:
  alpine:
    image: alpine
    entrypoint: ["/bin/sh"]
    command: ["-c", "echo hi"]
`,
  },
  {
    name: '--entrypoint "" clears the image\'s entrypoint',
    run: `docker run --entrypoint "" app:1 run`,
    yaml: `
services:
  app:
    image: app:1
    entrypoint: []
    command: ["run"]
`,
  },
  {
    name: '--init, combined -it, and the options with nothing to write (-d, --rm)',
    run: `docker run -itd --rm --init alpine`,
    yaml: `
services:
  alpine:
    image: alpine
    init: true
    stdin_open: true
    tty: true
`,
    unsupported: ['-d', '--rm'],
  },
  {
    name: '--ulimit with soft:hard and a single value',
    run: `docker run --ulimit nofile=1024:2048 --ulimit nproc=512 app:1`,
    yaml: `
services:
  app:
    image: app:1
    ulimits:
      nofile:
        soft: 1024
        hard: 2048
      nproc: 512
`,
  },
  {
    name: '--sysctl, a later value wins',
    run: `docker run --sysctl net.core.somaxconn=1024 --sysctl net.ipv4.ip_unprivileged_port_start=0 --sysctl net.core.somaxconn=4096 app:1`,
    yaml: `
services:
  app:
    image: app:1
    sysctls:
      net.core.somaxconn: "4096"
      net.ipv4.ip_unprivileged_port_start: "0"
`,
  },
  {
    name: '--group-add names and ids',
    run: `docker run --group-add audio --group-add 1001 app:1`,
    yaml: `
services:
  app:
    image: app:1
    group_add:
      - audio
      - "1001"
`,
  },
  {
    name: 'continuations, --flag=value and --flag value, quoting',
    run: `docker run \\
  --name=api \\
  --user "1000:1000" \\
  --label 'com.example.team=platform team' \\
  --workdir=/srv/app \\
  api:2`,
    yaml: `
services:
  api:
    image: api:2
    working_dir: /srv/app
    user: "1000:1000"
    labels:
      com.example.team: platform team
`,
  },
  {
    name: '$VAR and ${VAR:-default} become Compose variables; \'$LITERAL\' and \\$ESCAPED stay literal',
    run: `docker run -e URL="$DATABASE_URL" -e LEVEL=\${LOG_LEVEL:-info} -e PRICE='$5' -e RAW=\\$HOME app:$TAG`,
    yaml: `
services:
  app:
    image: app:\${TAG}
    environment:
      URL: \${DATABASE_URL}
      LEVEL: \${LOG_LEVEL:-info}
      PRICE: $$5
      RAW: $$HOME
`,
  },
  {
    name: 'short options with attached values',
    run: `docker run -p8080:80 -eFOO=bar -m512m -uapp -w/app -hweb nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    working_dir: /app
    user: app
    hostname: web
    ports:
      - "8080:80"
    environment:
      FOO: bar
    deploy:
      resources:
        limits:
          memory: 512m
`,
  },
  {
    name: 'clusters: -dp takes the value of its last letter',
    run: `docker run -dp 127.0.0.1:80:80 -it nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    ports:
      - "127.0.0.1:80:80"
    stdin_open: true
    tty: true
`,
    unsupported: ['-d'],
  },
  {
    name: 'docker container run, sudo, a prompt and global options',
    run: `sudo -E docker --context prod container run --name a nginx
$ docker run --name b nginx
docker -H tcp://10.0.0.1:2375 create --name c nginx`,
    yaml: `
services:
  a:
    image: nginx

  b:
    image: nginx

  c:
    image: nginx
`,
  },
  {
    name: 'several commands by newline, && and ;; same image, distinct names',
    run: `docker run nginx && docker run nginx; docker run nginx

docker run redis:7`,
    yaml: `
services:
  nginx:
    image: nginx

  nginx-2:
    image: nginx

  nginx-3:
    image: nginx

  redis:
    image: redis:7
`,
  },
  {
    name: 'comments, blank lines and redirections',
    run: `# the cache

docker run redis:7 > /dev/null 2>&1  # quiet
`,
    yaml: `
services:
  redis:
    image: redis:7
`,
  },
  {
    name: 'options docker run does not have, and options Compose has no equivalent for',
    run: `docker run --foo=bar --bogus -P --volume-driver local --cpuset-mems 0 --cidfile /tmp/id -a stdout nginx`,
    yaml: `
services:
  nginx:
    image: nginx
`,
    unsupported: ['-P', '--volume-driver local', '--cpuset-mems 0', '--cidfile /tmp/id', '-a stdout', '--foo=bar', '--bogus'],
  },
  {
    name: 'hostname, domain, working dir, platform, pull, runtime, stop signal and timeout, shm',
    run: `docker run --hostname web --domainname example.com --workdir /srv --platform linux/arm64 --pull always --runtime runsc --stop-signal SIGQUIT --stop-timeout 30 --shm-size 128m nginx`,
    yaml: `
services:
  nginx:
    image: nginx
    platform: linux/arm64
    pull_policy: always
    runtime: runsc
    working_dir: /srv
    hostname: web
    domainname: example.com
    shm_size: 128m
    stop_signal: SIGQUIT
    stop_grace_period: 30s
`,
  },
  {
    name: 'labels, annotations, label files',
    run: `docker run -l traefik.enable=true --label com.example.flag --annotation io.katacontainers.config.hypervisor.default_memory=1024 --label-file ./labels app:1`,
    yaml: `
services:
  app:
    image: app:1
    labels:
      traefik.enable: "true"
      com.example.flag: ""
    label_file:
      - ./labels
    annotations:
      io.katacontainers.config.hypervisor.default_memory: "1024"
`,
  },
  {
    name: 'DNS, extra hosts and MAC address',
    run: `docker run --dns 1.1.1.1 --dns 9.9.9.9 --dns-search example.com --dns-option ndots:2 --add-host db.local:10.0.0.5 --add-host host.docker.internal:host-gateway --mac-address 92:d0:c6:0a:29:33 app:1`,
    yaml: `
services:
  app:
    image: app:1
    mac_address: "92:d0:c6:0a:29:33"
    extra_hosts:
      - db.local:10.0.0.5
      - host.docker.internal:host-gateway
    dns:
      - 1.1.1.1
      - 9.9.9.9
    dns_search:
      - example.com
    dns_opt:
      - ndots:2
`,
  },
  {
    name: 'block IO limits',
    run: `docker run --blkio-weight 300 --blkio-weight-device /dev/sda:200 --device-read-bps /dev/sda:1mb --device-write-iops /dev/sda:1000 app:1`,
    yaml: `
services:
  app:
    image: app:1
    blkio_config:
      weight: 300
      weight_device:
        - path: /dev/sda
          weight: 200
      device_read_bps:
        - path: /dev/sda
          rate: 1mb
      device_write_iops:
        - path: /dev/sda
          rate: 1000
`,
  },
  {
    name: 'GPUs',
    run: `docker run --gpus all ml:1 && docker run --gpus 2 ml:1 && docker run --gpus '"device=0,1",capabilities=compute' ml:1`,
    yaml: `
services:
  ml:
    image: ml:1
    gpus: all

  ml-2:
    image: ml:1
    gpus:
      - count: 2

  ml-3:
    image: ml:1
    gpus:
      - device_ids:
          - "0"
          - "1"
        capabilities:
          - compute
`,
  },
  {
    name: 'OOM, swappiness and CFS settings',
    run: `docker run --oom-kill-disable --oom-score-adj -500 --memory-swappiness 0 --cpu-period 100000 --cpu-quota 50000 --cpu-rt-runtime 950000 app:1`,
    yaml: `
services:
  app:
    image: app:1
    cpu_period: 100000
    cpu_quota: 50000
    cpu_rt_runtime: 950000
    mem_swappiness: 0
    oom_kill_disable: true
    oom_score_adj: -500
`,
  },
  {
    name: 'a read-only file at /run/secrets/NAME becomes a file secret',
    run: `docker run -v ./secrets/db_password.txt:/run/secrets/db_password:ro -e POSTGRES_PASSWORD_FILE=/run/secrets/db_password postgres:16`,
    yaml: `
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    secrets: [db_password]

secrets:
  db_password:
    file: ./secrets/db_password.txt
`,
  },
  {
    name: '--link, --volumes-from and container: modes point at services made here',
    run: `docker run --name db -v pgdata:/var/lib/postgresql/data postgres:16
docker run --name backup --volumes-from db:ro --network container:db --link db:database --link legacy:old alpine tar czf /backup/db.tgz /var/lib/postgresql/data`,
    yaml: `
services:
  db:
    image: postgres:16
    volumes:
      - pgdata:/var/lib/postgresql/data

  backup:
    image: alpine
    command: ["tar", "czf", "/backup/db.tgz", "/var/lib/postgresql/data"]
    volumes_from:
      - db:ro
    network_mode: service:db
    links:
      - db:database
    external_links:
      - legacy:old

volumes:
  pgdata: {}
`,
  },
  {
    name: '$(pwd) in a bind source is the Compose variable PWD',
    run: `docker run -v "$(pwd)/data:/data" -v \`pwd\`/conf:/conf:ro app:1`,
    yaml: `
services:
  app:
    image: app:1
    volumes:
      - \${PWD}/data:/data
      - \${PWD}/conf:/conf:ro
`,
  },
  {
    name: '--use-api-socket',
    run: `docker run --use-api-socket docker:cli docker ps`,
    yaml: `
services:
  docker:
    image: docker:cli
    command: ["docker", "ps"]
    use_api_socket: true
`,
  },
  {
    name: 'booleans set to false are written as false',
    run: `docker run --read-only=false --privileged=false --init=false -t=false app:1`,
    yaml: `
services:
  app:
    image: app:1
    read_only: false
    privileged: false
    init: false
    tty: false
`,
  },
]

describe('docker run -> compose: table', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40))

  it.each(CASES)('$name', ({ run, yaml, unsupported = [] }) => {
    const result = runToCompose(run)
    expect(result.problems).toEqual([])
    expect(result.yaml).toBe(yaml.slice(1))
    expect(result.services.flatMap((s) => s.unsupported.map((u) => u.flag))).toEqual(unsupported)
  })

  // The list: every one of these appears in some case above (and so is converted to exact YAML there).
  const REQUIRED = [
    '--user', '--cap-add', '--cap-drop', '--read-only', '--tmpfs', '--security-opt', '--privileged', '--pid', '--ipc', '--uts',
    '--userns', '--cgroupns', '--network', '-p', '-v', '--mount', '--device', '--device-cgroup-rule', '--memory',
    '--memory-swap', '--memory-reservation', '--cpus', '--cpu-shares', '--cpuset-cpus', '--pids-limit', '--health-cmd',
    '--health-interval', '--health-timeout', '--health-retries', '--health-start-period', '--health-start-interval',
    '--no-healthcheck', '--log-driver', '--log-opt', '--restart', '-e', '--env-file', '--name', '--entrypoint', '--init',
    '--ulimit', '--sysctl', '--group-add',
  ]
  it.each(REQUIRED)('%s is in the table', (flag) => {
    expect(CASES.some((c) => new RegExp(`(^|\\s)${flag}[\\s=]`).test(c.run))).toBe(true)
  })

  it('writes only keys the Compose specification knows for a service', () => {
    const schema = JSON.parse(readFileSync(new URL('../schema/compose-spec.json', import.meta.url), 'utf8')) as {
      definitions: { service: { properties: Record<string, unknown> } }
    }
    const known = new Set(Object.keys(schema.definitions.service.properties))
    for (const c of CASES) {
      for (const s of runToCompose(c.run).services) {
        expect(Object.keys(s.service).filter((k) => !known.has(k)), c.name).toEqual([])
      }
    }
  })

  it('every YAML text reads back as the document, and the core parses it without errors', () => {
    for (const c of CASES) {
      const result = runToCompose(c.run)
      expect(parse(result.yaml), c.name).toEqual(result.document)
      const file = parseCompose(result.yaml)
      expect(file.errors, c.name).toEqual([])
      expect(file.services.map((s) => s.name), c.name).toEqual(result.services.map((s) => s.name))
    }
  })
})

describe('docker run -> compose: the composerize bugs', () => {
  it('repeated --tmpfs keeps all of them', () => {
    const { services } = runToCompose('docker run --tmpfs /tmp --tmpfs /run:size=16m --tmpfs /var/cache app')
    expect(services[0].service.tmpfs).toEqual(['/tmp', '/run:size=16m', '/var/cache'])
  })

  it('--mount …,readonly becomes read_only: true on the volume', () => {
    const { services } = runToCompose('docker run --mount type=bind,src=/srv/config,dst=/config,readonly app')
    expect(services[0].service.volumes).toEqual([{ type: 'bind', source: '/srv/config', target: '/config', read_only: true }])
  })

  it('-p 127.0.0.1:8080:80 keeps the address', () => {
    const { yaml } = runToCompose('docker run -p 127.0.0.1:8080:80 nginx')
    expect(yaml).toContain('- "127.0.0.1:8080:80"')
  })
})

describe('docker run -> compose: notes', () => {
  it('says that $VAR became the Compose variable ${VAR}, and lists the variables', () => {
    const result = runToCompose('docker run -e DB="$DATABASE_URL" app:$TAG')
    expect(result.variables).toEqual(['DATABASE_URL', 'TAG'])
    expect(result.services[0].notes).toEqual([
      '${TAG}, ${DATABASE_URL}: the shell\'s variables are written as Compose variables; docker compose reads them from the environment or an .env file.',
    ])
  })

  it('says what a command substitution it cannot run became', () => {
    const result = runToCompose('docker run -e BUILT=$(date +%s) app')
    expect(result.services[0].service.environment).toEqual({ BUILT: '$$(date +%s)' })
    expect(result.services[0].notes).toEqual([
      '-e: the command substitution $(date +%s) is run by the shell and Compose cannot run it: it is kept as literal text; write the value or a ${VARIABLE} instead',
    ])
  })

  it('runs as the calling user: $(id -u):$(id -g) becomes ${UID}:${GID}, with what to export', () => {
    const result = runToCompose('docker run --user $(id -u):`id -g` alpine')
    expect(result.services[0].service.user).toBe('${UID}:${GID}')
    expect(result.variables).toEqual(['GID', 'UID'])
    expect(result.services[0].notes.slice(0, 2)).toEqual([
      '--user: $(id -u) is written as ${UID}, which docker compose reads from the environment: export UID=$(id -u) first (bash does not export UID, and has no GID)',
      '--user: `id -g` is written as ${GID}, which docker compose reads from the environment: export GID=`id -g` first (bash does not export UID, and has no GID)',
    ])
  })

  it('avoids the names already in the document', () => {
    const { services } = runToCompose('docker run nginx\ndocker run --name web nginx', { takenNames: ['nginx', 'web'] })
    expect(services.map((s) => s.name)).toEqual(['nginx-2', 'web-2'])
  })
})

describe('docker run -> compose: problems, never a throw', () => {
  const problems = (text: string) => runToCompose(text).problems.map((p) => `${p.code}: ${p.message}`)

  it('a docker run without an image', () => {
    expect(problems('docker run --rm -it')).toEqual([
      'no-image: line 1: docker run without an image: name the image after the options (for example `docker run --read-only nginx:1.27`)',
    ])
  })

  it('a command that is not docker run, while the others still convert', () => {
    const result = runToCompose('docker network create app\ndocker run --network app nginx\nls -la')
    expect(result.problems.map((p) => p.message)).toEqual([
      'line 1: `docker network create …` is not a docker run command; only `docker run` (or `docker create`) becomes a service',
      'line 3: `ls -la` is not a docker run command; only `docker run` (or `docker create`) becomes a service',
    ])
    expect(result.services.map((s) => s.name)).toEqual(['nginx'])
  })

  it('an unterminated quote names its line and column', () => {
    expect(problems('docker run nginx\ndocker run -e "A=b nginx')).toEqual([
      'unterminated-quote: line 2, column 15: the double quote (") is never closed; close it or escape it (\\")',
    ])
  })

  it('an option without its value', () => {
    expect(problems('docker run --name')).toEqual(['missing-value: line 1: --name needs a value'])
  })

  it('a boolean option with a value that is not a boolean', () => {
    expect(problems('docker run --rm=maybe nginx')).toEqual(['bad-value: line 1: --rm takes true or false, not "maybe"'])
  })

  it('--no-healthcheck with --health-cmd, which docker refuses', () => {
    const result = runToCompose('docker run --no-healthcheck --health-cmd true app')
    expect(result.problems.map((p) => p.message)).toEqual([
      'line 1: --no-healthcheck conflicts with --health-cmd true (docker refuses the command); only --no-healthcheck is kept',
    ])
    expect(result.services[0].service.healthcheck).toEqual({ disable: true })
  })

  it('docker\'s other refusals: a log option without =, a mount without target, host with another network', () => {
    expect(problems('docker run --log-opt max-size --mount type=tmpfs,tmpfs-size=1m --network host --network app nginx')).toEqual([
      'bad-value: line 1: --log-opt max-size: a log option is KEY=VALUE',
      'bad-value: line 1: --mount type=tmpfs,tmpfs-size=1m: a mount needs a target (target=/path/in/container)',
      'conflict: line 1: --network host cannot be combined with another --network (docker refuses it too)',
    ])
  })

  it('network settings without a user network are reported, not dropped', () => {
    const { services } = runToCompose('docker run --network-alias api --ip 10.0.0.2 nginx && docker run --network host --network-alias x nginx')
    expect(services.map((s) => s.unsupported.map((u) => u.flag))).toEqual([['--network-alias api', '--ip 10.0.0.2'], ['--network-alias x']])
  })

  it('empty input converts to nothing', () => {
    expect(runToCompose('  \n# nothing\n')).toEqual({ services: [], document: { services: {} }, yaml: '', problems: [], variables: [] })
  })

  it('never throws, and what it writes is YAML the core reads', () => {
    const word = fc.oneof(
      fc.constantFrom('docker', 'run', '-it', '-p', '8080:80', '--name', '"$X"', "'a b'", '\\', '\n', '&&', ';', '--mount', 'type=bind,src=/a,dst=/b', '-e', 'A=$(pwd)', '`', '${', '#', '>', '__proto__', 'constructor', 'nginx'),
      fc.string(),
    )
    fc.assert(fc.property(fc.array(word, { maxLength: 24 }), (words) => {
      const result = runToCompose(`docker run ${words.join(' ')}`)
      if (result.yaml) expect(parseCompose(result.yaml).errors).toEqual([])
    }), { numRuns: 300 })
  }, 30_000)
})

describe('compose -> docker run -> compose: the seed\'s complete example', () => {
  const seed = readFileSync(new URL('../examples/secure-app.yaml', import.meta.url), 'utf8')
  const original = parseCompose(seed)
  const converted = composeToRun(seed)
  const back = runToCompose(converted.commands.map((c) => c.command).join('\n'))

  it('converts every service, and back', () => {
    expect(converted.problems).toEqual([])
    expect(back.problems).toEqual([])
    expect(back.services.map((s) => s.name)).toEqual(['app', 'db'])
  })

  it('gets every service back as it was, but for what docker run has no option for, which the notes name', () => {
    const app = original.services.find((s) => s.name === 'app')!.data
    const db = original.services.find((s) => s.name === 'db')!.data
    const { depends_on: _dependsOn, ...appWithoutStartOrder } = app
    // --health-cmd always runs through the shell: the exec form comes back as the same command under CMD-SHELL.
    const appExpected = { ...appWithoutStartOrder, healthcheck: { ...(app.healthcheck as object), test: ['CMD-SHELL', 'wget -qO- http://127.0.0.1:8080/health'] } }
    expect(back.services[0].service).toEqual(appExpected)
    expect(back.services[1].service).toEqual(db)
    expect(converted.commands[0].notes.filter((n) => /^(healthcheck|depends_on)/.test(n))).toEqual([
      'healthcheck: the exec form ["CMD", …] has no docker run option; --health-cmd always runs the test with /bin/sh -c (CMD-SHELL), so the image needs a shell',
      'depends_on: docker run has no start order: start the services it names first',
    ])
    expect(converted.commands[1].notes.filter((n) => /^(healthcheck|depends_on)/.test(n))).toEqual([])
  })

  it('writes the services back in the example\'s own layout', () => {
    // The seed without its comments and the two things docker run cannot carry: db's text is the same, line for line.
    const seedDb = seed.split('\n').slice(seed.split('\n').indexOf('  db:'), seed.split('\n').indexOf('networks:') - 1)
      .map((line) => line.replace(/\s+#.*$/, ''))
    const backDb = back.yaml.split('\n').slice(back.yaml.split('\n').indexOf('  db:'), back.yaml.split('\n').indexOf('networks:') - 1)
    expect(backDb).toEqual(seedDb)
  })

  it('keeps the top-level definitions the services need; docker run gets the set-up commands for the networks', () => {
    expect(back.document.secrets).toEqual({ db_password: { file: './secrets/db_password.txt' } })
    expect(back.document.volumes).toEqual({ 'db-data': {} })
    expect(Object.keys(back.document.networks as object)).toEqual(['frontend', 'backend'])
    expect(converted.setup).toEqual(['docker network create frontend', 'docker network create --internal backend'])
  })
})
