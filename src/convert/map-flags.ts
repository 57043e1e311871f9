// One docker run option -> its Compose setting (docker/cli's container run reference for what each option means).
// Resources go where the project's examples keep them (deploy.resources), lists keep every repeat (--tmpfs, --cap-add),
// maps let a later flag win (-e, --sysctl), and an option with no Compose equivalent is reported, never dropped.
import type { ConvertContext } from './convert-context'
import { noteOnce } from './convert-context'
import { mapMount, mapVolume } from './map-mounts'
import type { RunFlag } from './parse-run'
import { longFlag } from './run-flags'
import { append, csvFields, intOrText, keyValue, objectAt, setAt, setEntry } from './service-draft'

type Handler = (ctx: ConvertContext, value: string, flag: RunFlag) => void

const scalar = (key: string, convert: (v: string) => unknown = (v) => v): Handler => (ctx, v) => { ctx.draft[key] = convert(v) }
const bool = (key: string): Handler => (ctx, v) => { ctx.draft[key] = v === 'true' }
const list = (key: string): Handler => (ctx, v) => append(ctx.draft, key, v)
const at = (path: string[], convert: (v: string) => unknown = (v) => v): Handler => (ctx, v) => setAt(ctx.draft, path, convert(v))
const unsupported = (reason: string): Handler => (ctx, _value, f) => { ctx.unsupported.push({ flag: asWritten(f), reason }) }

/** The option as the user wrote it: `--rm`, `--sig-proxy=false`, `--volume-driver local`. */
export function asWritten(f: RunFlag): string {
  if (longFlag(f.name)?.kind !== 'bool') return `${f.written} ${f.value}`
  return f.value === 'true' ? f.written : `${f.written}=${f.value}`
}

/** `KEY=VALUE` into the map at path; `--flag KEY` alone sets it to `whenBare`. */
const entry = (path: string[], whenBare: (ctx: ConvertContext, key: string, flag: RunFlag) => unknown): Handler => (ctx, v, f) => {
  const { key, value } = keyValue(v)
  setEntry(ctx.draft, path, key, value === undefined ? whenBare(ctx, key, f) : value)
}

/** `container:NAME` (or a bare NAME) as `service:NAME` when NAME is a container made by another command of the input. */
function containerRef(ctx: ConvertContext, value: string): string {
  const name = value.startsWith('container:') ? value.slice('container:'.length) : undefined
  const service = name === undefined ? undefined : ctx.serviceOf(name)
  return service ? `service:${service}` : value
}

/** PATH:RATE (--device-read-bps) or PATH:WEIGHT (--blkio-weight-device) as a blkio_config entry. */
const blkio = (key: string, field: 'rate' | 'weight'): Handler => (ctx, v) => {
  const colon = v.lastIndexOf(':')
  append(objectAt(ctx.draft, ['blkio_config']), key, { path: v.slice(0, colon), [field]: intOrText(v.slice(colon + 1)) })
}

export const HANDLERS: Record<string, Handler> = {
  // Who and what runs
  user: scalar('user'),
  'group-add': list('group_add'),
  entrypoint: (ctx, v) => { ctx.draft.entrypoint = v === '' ? [] : [v] },
  workdir: scalar('working_dir'),
  platform: scalar('platform'),
  pull: scalar('pull_policy'),
  runtime: scalar('runtime'),
  isolation: scalar('isolation'),
  init: bool('init'),
  interactive: bool('stdin_open'),
  tty: bool('tty'),
  // Filesystem
  'read-only': bool('read_only'),
  tmpfs: list('tmpfs'),
  volume: (ctx, v) => mapVolume(ctx, v),
  mount: (ctx, v, f) => mapMount(ctx, v, f.written),
  'volumes-from': (ctx, v) => {
    const [name, mode] = v.split(':')
    const service = ctx.serviceOf(name)
    append(ctx.draft, 'volumes_from', (service ?? `container:${name}`) + (mode ? `:${mode}` : ''))
  },
  device: list('devices'),
  'device-cgroup-rule': list('device_cgroup_rules'),
  gpus: (ctx, v) => { ctx.draft.gpus = gpus(v) },
  'storage-opt': entry(['storage_opt'], () => ''),
  // Privileges and isolation
  'cap-add': list('cap_add'),
  'cap-drop': list('cap_drop'),
  'security-opt': list('security_opt'),
  privileged: bool('privileged'),
  'use-api-socket': bool('use_api_socket'),
  pid: (ctx, v) => { ctx.draft.pid = containerRef(ctx, v) },
  ipc: (ctx, v) => { ctx.draft.ipc = containerRef(ctx, v) },
  uts: scalar('uts'),
  userns: scalar('userns_mode'),
  cgroupns: scalar('cgroup'),
  'cgroup-parent': scalar('cgroup_parent'),
  sysctl: entry(['sysctls'], () => ''),
  ulimit: (ctx, v) => {
    const { key, value = '' } = keyValue(v)
    const [soft, hard] = value.split(':')
    setEntry(ctx.draft, ['ulimits'], key, hard === undefined ? intOrText(soft) : { soft: intOrText(soft), hard: intOrText(hard) })
  },
  // Network
  network: (ctx, v) => { ctx.network.networks.push(v) },
  'network-alias': (ctx, v, f) => { ctx.network.aliases.push(v); ctx.network.endpointFlags.push(`${f.written} ${v}`) },
  ip: (ctx, v, f) => { ctx.network.ip = v; ctx.network.endpointFlags.push(`${f.written} ${v}`) },
  ip6: (ctx, v, f) => { ctx.network.ip6 = v; ctx.network.endpointFlags.push(`${f.written} ${v}`) },
  'link-local-ip': (ctx, v, f) => { ctx.network.linkLocalIps.push(v); ctx.network.endpointFlags.push(`${f.written} ${v}`) },
  'mac-address': scalar('mac_address'),
  publish: list('ports'),
  expose: list('expose'),
  'add-host': list('extra_hosts'),
  dns: list('dns'),
  'dns-search': list('dns_search'),
  'dns-option': list('dns_opt'),
  hostname: scalar('hostname'),
  domainname: scalar('domainname'),
  link: (ctx, v) => {
    const [name, alias] = v.split(':')
    const service = ctx.serviceOf(name)
    if (service) append(ctx.draft, 'links', alias ? `${service}:${alias}` : service)
    else append(ctx.draft, 'external_links', v)
  },
  // Environment and metadata
  env: entry(['environment'], () => null),
  'env-file': (ctx, v) => {
    append(ctx.draft, 'env_file', v)
    noteOnce(ctx, 'env_file: Compose reads the file with its own .env syntax (quotes and ${VAR} are interpreted); docker run takes each line literally.')
  },
  label: entry(['labels'], () => ''),
  'label-file': list('label_file'),
  annotation: entry(['annotations'], () => ''),
  // Resources
  memory: at(['deploy', 'resources', 'limits', 'memory']),
  'memory-reservation': at(['deploy', 'resources', 'reservations', 'memory']),
  cpus: at(['deploy', 'resources', 'limits', 'cpus']),
  'pids-limit': at(['deploy', 'resources', 'limits', 'pids'], intOrText),
  'memory-swap': scalar('memswap_limit', intOrText),
  'memory-swappiness': scalar('mem_swappiness', intOrText),
  'cpu-shares': scalar('cpu_shares', intOrText),
  'cpuset-cpus': scalar('cpuset'),
  'cpu-period': scalar('cpu_period', intOrText),
  'cpu-quota': scalar('cpu_quota', intOrText),
  'cpu-rt-period': scalar('cpu_rt_period', intOrText),
  'cpu-rt-runtime': scalar('cpu_rt_runtime', intOrText),
  'cpu-count': scalar('cpu_count', intOrText),
  'cpu-percent': scalar('cpu_percent', intOrText),
  'shm-size': scalar('shm_size'),
  'oom-kill-disable': bool('oom_kill_disable'),
  'oom-score-adj': scalar('oom_score_adj', intOrText),
  'blkio-weight': at(['blkio_config', 'weight'], intOrText),
  'blkio-weight-device': blkio('weight_device', 'weight'),
  'device-read-bps': blkio('device_read_bps', 'rate'),
  'device-read-iops': blkio('device_read_iops', 'rate'),
  'device-write-bps': blkio('device_write_bps', 'rate'),
  'device-write-iops': blkio('device_write_iops', 'rate'),
  // Health, logging and lifecycle
  'health-cmd': at(['healthcheck', 'test'], (v) => ['CMD-SHELL', v]),
  'health-interval': at(['healthcheck', 'interval']),
  'health-timeout': at(['healthcheck', 'timeout']),
  'health-retries': at(['healthcheck', 'retries'], intOrText),
  'health-start-period': at(['healthcheck', 'start_period']),
  'health-start-interval': at(['healthcheck', 'start_interval']),
  'no-healthcheck': (ctx, v) => { if (v === 'true') setAt(ctx.draft, ['healthcheck', 'disable'], true) },
  'log-driver': at(['logging', 'driver']),
  'log-opt': (ctx, v, f) => {
    const { key, value } = keyValue(v)
    if (value === undefined) ctx.problems.push({ code: 'bad-value', message: `${f.written} ${v}: a log option is KEY=VALUE` })
    else setEntry(ctx.draft, ['logging', 'options'], key, value)
  },
  restart: scalar('restart'),
  'stop-signal': scalar('stop_signal'),
  'stop-timeout': (ctx, v) => { ctx.draft.stop_grace_period = /^\d+$/.test(v) ? `${v}s` : v },
  name: () => {}, // the service's name, chosen before the options are read
  // Nothing in Compose to write
  detach: unsupported('not needed: `docker compose up -d` runs the services in the background'),
  rm: unsupported('Compose keeps the container until `docker compose down` (add -v to remove anonymous volumes too)'),
  'publish-all': unsupported('Compose has no publish-all: list the ports to publish under ports'),
  'volume-driver': unsupported('set the driver on each named volume instead (top-level volumes: NAME: driver: …)'),
  'cpuset-mems': unsupported('Compose has no setting for the memory nodes (cpuset-mems)'),
  'kernel-memory': unsupported('kernel memory limits were removed from Docker; Compose has no such setting'),
  'io-maxbandwidth': unsupported('Windows only, and Compose has no such setting'),
  'io-maxiops': unsupported('Windows only, and Compose has no such setting'),
  attach: unsupported('a docker run client option: `docker compose up` attaches to the output of every service'),
  cidfile: unsupported('a docker run client option with no Compose equivalent'),
  'detach-keys': unsupported('a docker run client option with no Compose equivalent'),
  'sig-proxy': unsupported('a docker run client option with no Compose equivalent'),
  quiet: unsupported('a docker run client option (`docker compose pull --quiet` is the nearest)'),
  'disable-content-trust': unsupported('a docker client option with no Compose equivalent'),
  help: unsupported('prints docker run\'s help; nothing to convert'),
}

/** `--gpus all`, `--gpus 2`, `--gpus "device=0,1",capabilities=compute`. */
function gpus(v: string): unknown {
  if (v === 'all') return 'all'
  if (/^\d+$/.test(v)) return [{ count: Number(v) }]
  const req: Record<string, unknown> = {}
  for (const field of csvFields(v)) {
    const { key, value = '' } = keyValue(field)
    if (key === 'count') req.count = value === 'all' ? 'all' : intOrText(value)
    else if (key === 'device') req.device_ids = value.split(',')
    else if (key === 'driver') req.driver = value
    else if (key === 'capabilities') req.capabilities = value.split(',')
    else if (key === 'all') req.count = 'all'
  }
  return req.count === 'all' && Object.keys(req).length === 1 ? 'all' : [req]
}
