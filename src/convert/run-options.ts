// One Compose service key -> the docker run options that set the same (the reverse of map-flags.ts), or a note saying
// what has no option. Each emitter reads the value as Compose allows it (string or list, map or KEY=VALUE list, short or
// long syntax).
import { split } from 'shlex'
import { emitMount } from './run-mounts'
import type { RunBuilder } from './run-builder'
import { text, items, isObj } from './plain-values'

type Emitter = (b: RunBuilder, value: unknown, key: string) => void


/** A map (`{K: V}`) or a list of `K=V` as [key, value] pairs; a null value gives value undefined. */
function entries(v: unknown): Array<[string, string | undefined]> {
  if (isObj(v)) return Object.entries(v).map(([k, x]) => [k, x === null || x === undefined ? undefined : text(x)])
  return items(v).map((item) => {
    const s = text(item)
    const eq = s.indexOf('=')
    return eq < 0 ? [s, undefined] : [s.slice(0, eq), s.slice(eq + 1)]
  })
}

const opt = (flag: string): Emitter => (b, v) => b.opt(flag, text(v))
const each = (flag: string): Emitter => (b, v) => { for (const item of items(v)) b.opt(flag, text(item)) }
const pairs = (flag: string, bare: 'key' | 'empty'): Emitter => (b, v) => {
  for (const [k, x] of entries(v)) b.opt(flag, x === undefined ? (bare === 'key' ? k : `${k}=`) : `${k}=${x}`)
}
const boolean = (flag: string): Emitter => (b, v) => {
  if (v === true || v === 'true') b.flag(flag)
  else b.opt(`${flag}=false`)
}
const none = (why: string): Emitter => (b, _v, key) => b.note(`${key}: ${why}`)

/** `service:NAME` -> `container:<NAME's container>`; other values unchanged. */
const namespace = (flag: string): Emitter => (b, v) => {
  const s = text(v)
  b.opt(flag, s.startsWith('service:') ? `container:${b.containerOf(s.slice('service:'.length))}` : s)
}

export const EMITTERS: Record<string, Emitter> = {
  image: () => {},
  container_name: () => {},
  command: (b, v, key) => { b.command = typeof v === 'string' ? shellWords(b, key, v) : items(v).map(text) },
  entrypoint: (b, v, key) => {
    const words = typeof v === 'string' ? shellWords(b, key, v) : items(v).map(text)
    if (words.length === 0) b.opt('--entrypoint', '')
    else {
      b.opt('--entrypoint', words[0])
      b.entrypointArgs = words.slice(1)
    }
  },
  working_dir: opt('--workdir'),
  user: opt('--user'),
  group_add: each('--group-add'),
  platform: opt('--platform'),
  runtime: opt('--runtime'),
  isolation: opt('--isolation'),
  pull_policy: (b, v) => {
    const policy = text(v) === 'if_not_present' ? 'missing' : text(v)
    if (['always', 'missing', 'never'].includes(policy)) b.opt('--pull', policy)
    else b.note(`pull_policy: ${policy} has no docker run equivalent (--pull takes always, missing or never)`)
  },
  init: boolean('--init'),
  stdin_open: boolean('--interactive'),
  tty: boolean('--tty'),
  read_only: boolean('--read-only'),
  tmpfs: each('--tmpfs'),
  volumes: (b, v) => { for (const item of items(v)) emitMount(b, item) },
  volumes_from: (b, v) => {
    for (const item of items(v).map(text)) {
      const [ref, mode] = item.startsWith('container:') ? [item.slice('container:'.length)] : item.split(':')
      const [name, m] = item.startsWith('container:') ? ref.split(':') : [b.containerOf(ref), mode]
      b.opt('--volumes-from', m ? `${name}:${m}` : name)
    }
  },
  devices: (b, v) => {
    for (const d of items(v)) {
      if (!isObj(d)) b.opt('--device', text(d))
      else b.opt('--device', [d.source, d.target ?? d.source, d.permissions].filter((x) => x !== undefined).map(text).join(':'))
    }
  },
  device_cgroup_rules: each('--device-cgroup-rule'),
  gpus: (b, v) => {
    if (v === 'all') return b.opt('--gpus', 'all')
    for (const g of items(v).filter(isObj)) b.opt('--gpus', gpuRequest(g))
  },
  storage_opt: pairs('--storage-opt', 'empty'),
  cap_add: each('--cap-add'),
  cap_drop: each('--cap-drop'),
  security_opt: each('--security-opt'),
  privileged: boolean('--privileged'),
  use_api_socket: boolean('--use-api-socket'),
  pid: namespace('--pid'),
  ipc: namespace('--ipc'),
  uts: opt('--uts'),
  userns_mode: opt('--userns'),
  cgroup: opt('--cgroupns'),
  cgroup_parent: opt('--cgroup-parent'),
  hostname: opt('--hostname'),
  domainname: opt('--domainname'),
  mac_address: opt('--mac-address'),
  network_mode: namespace('--network'),
  ports: (b, v) => { for (const p of items(v)) b.opt('--publish', isObj(p) ? longPort(p) : text(p)) },
  expose: each('--expose'),
  networks: (b, v) => b.networks(v),
  links: (b, v) => {
    for (const link of items(v).map(text)) {
      const [service, alias] = link.split(':')
      b.opt('--link', `${b.containerOf(service)}${alias ? `:${alias}` : ''}`)
    }
  },
  external_links: each('--link'),
  extra_hosts: (b, v) => { for (const [host, ip] of isObj(v) ? entries(v) : items(v).map((h): [string, undefined] => [text(h), undefined])) b.opt('--add-host', ip === undefined ? host : `${host}:${ip}`) },
  dns: each('--dns'),
  dns_search: each('--dns-search'),
  dns_opt: each('--dns-option'),
  environment: pairs('--env', 'key'),
  env_file: (b, v) => {
    for (const f of items(v)) {
      if (isObj(f) && f.required === false) b.note(`env_file: ${text(f.path)} is optional in Compose (required: false); docker run fails when it is missing`)
      b.opt('--env-file', isObj(f) ? text(f.path) : text(f))
    }
  },
  secrets: (b, v) => b.secrets(v),
  configs: (b, v) => b.configs(v),
  labels: pairs('--label', 'key'),
  label_file: each('--label-file'),
  annotations: pairs('--annotation', 'empty'),
  deploy: (b, v) => b.deploy(v),
  mem_limit: opt('--memory'),
  mem_reservation: opt('--memory-reservation'),
  cpus: opt('--cpus'),
  pids_limit: opt('--pids-limit'),
  memswap_limit: opt('--memory-swap'),
  mem_swappiness: opt('--memory-swappiness'),
  cpu_shares: opt('--cpu-shares'),
  cpuset: opt('--cpuset-cpus'),
  cpu_period: opt('--cpu-period'),
  cpu_quota: opt('--cpu-quota'),
  cpu_rt_period: opt('--cpu-rt-period'),
  cpu_rt_runtime: opt('--cpu-rt-runtime'),
  cpu_count: opt('--cpu-count'),
  cpu_percent: opt('--cpu-percent'),
  shm_size: opt('--shm-size'),
  oom_kill_disable: boolean('--oom-kill-disable'),
  oom_score_adj: opt('--oom-score-adj'),
  ulimits: (b, v) => {
    if (!isObj(v)) return
    for (const [name, limit] of Object.entries(v)) b.opt('--ulimit', isObj(limit) ? `${name}=${text(limit.soft)}:${text(limit.hard)}` : `${name}=${text(limit)}`)
  },
  sysctls: pairs('--sysctl', 'empty'),
  blkio_config: (b, v) => {
    if (!isObj(v)) return
    if (v.weight !== undefined) b.opt('--blkio-weight', text(v.weight))
    const devices: Array<[string, string, string]> = [
      ['weight_device', '--blkio-weight-device', 'weight'], ['device_read_bps', '--device-read-bps', 'rate'],
      ['device_read_iops', '--device-read-iops', 'rate'], ['device_write_bps', '--device-write-bps', 'rate'],
      ['device_write_iops', '--device-write-iops', 'rate'],
    ]
    for (const [key, flag, field] of devices) for (const d of items(v[key]).filter(isObj)) b.opt(flag, `${text(d.path)}:${text(d[field])}`)
  },
  healthcheck: (b, v) => b.healthcheck(v),
  logging: (b, v) => {
    if (!isObj(v)) return
    if (v.driver !== undefined) b.opt('--log-driver', text(v.driver))
    for (const [k, x] of entries(v.options ?? {})) b.opt('--log-opt', `${k}=${x ?? ''}`)
  },
  stop_signal: opt('--stop-signal'),
  stop_grace_period: (b, v) => {
    const seconds = durationSeconds(text(v))
    if (seconds === undefined) b.note(`stop_grace_period: ${text(v)} is not a duration docker run can take (--stop-timeout takes whole seconds)`)
    else b.opt('--stop-timeout', String(seconds))
  },
  restart: opt('--restart'),
  depends_on: none('docker run has no start order: start the services it names first'),
  build: none('docker run needs a built image: build it first (docker build -t IMAGE CONTEXT)'),
  profiles: none('profiles choose which services `docker compose up` starts; a docker run command always starts its container'),
  scale: none('docker run starts one container; run the command again (with another --name) for more'),
  develop: none('docker compose watch only'),
  extends: () => {},
  post_start: none('lifecycle hooks have no docker run option: run `docker exec` after the container starts'),
  pre_stop: none('lifecycle hooks have no docker run option: run `docker exec` before stopping the container'),
  credential_spec: none('Windows only; docker run takes it as --security-opt credentialspec=…'),
  attach: none('docker run attaches with -a or runs detached with -d'),
  pull_refresh_after: none('no docker run option'),
  models: none('no docker run option'),
  provider: none('no docker run option'),
}

/** Compose splits a string command into words as a shell would; one it cannot split (an open quote) stays one word. */
function shellWords(b: RunBuilder, key: string, value: string): string[] {
  try {
    return split(value)
  } catch {
    b.note(`${key}: the string has an unclosed quote, so Compose cannot split it into words either; it is passed as one word`)
    return [value]
  }
}

function longPort(p: Record<string, unknown>): string {
  const ip = p.host_ip === undefined ? '' : text(p.host_ip).includes(':') ? `[${text(p.host_ip)}]:` : `${text(p.host_ip)}:`
  const published = p.published === undefined ? '' : `${text(p.published)}:`
  const protocol = p.protocol === undefined ? '' : `/${text(p.protocol)}`
  return `${published === '' && ip !== '' ? `${ip}:` : ip + published}${text(p.target)}${protocol}`
}

function gpuRequest(g: Record<string, unknown>): string {
  const fields: string[] = []
  if (g.count !== undefined) fields.push(`count=${text(g.count)}`)
  if (g.device_ids !== undefined) fields.push(`"device=${items(g.device_ids).map(text).join(',')}"`)
  if (g.driver !== undefined) fields.push(`driver=${text(g.driver)}`)
  if (g.capabilities !== undefined) fields.push(`"capabilities=${items(g.capabilities).map(text).join(',')}"`)
  return fields.join(',')
}

/** `1m30s`, `10s`, `1.5s`, `500ms` -> whole seconds (rounded up); undefined when it is not a duration. */
export function durationSeconds(value: string): number | undefined {
  if (/^\d+$/.test(value)) return Number(value)
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 0.001, us: 1e-6, µs: 1e-6, ns: 1e-9 }
  let total = 0
  let rest = value
  while (rest) {
    const m = /^(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/.exec(rest)
    if (!m) return undefined
    total += Number(m[1]) * unit[m[2]]
    rest = rest.slice(m[0].length)
  }
  return value ? Math.ceil(total) : undefined
}
