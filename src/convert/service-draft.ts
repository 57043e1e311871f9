// A Compose service under construction: typed helpers to set, append and merge at a path, and the key order it is
// written in (the order of the project's examples: what runs, who, filesystem, privileges, network, environment,
// resources, health, logging, lifecycle).

export type Draft = Record<string, unknown>

const SERVICE_ORDER = [
  'image', 'platform', 'pull_policy', 'runtime', 'isolation', 'entrypoint', 'command', 'working_dir', 'user', 'group_add',
  'read_only', 'tmpfs', 'volumes', 'volumes_from', 'devices', 'device_cgroup_rules', 'gpus', 'cap_drop', 'cap_add',
  'security_opt', 'privileged', 'init', 'use_api_socket', 'pid', 'ipc', 'uts', 'userns_mode', 'cgroup', 'cgroup_parent',
  'hostname', 'domainname', 'mac_address', 'network_mode', 'ports', 'expose', 'networks', 'links', 'external_links',
  'extra_hosts', 'dns', 'dns_search', 'dns_opt', 'environment', 'env_file', 'secrets', 'labels', 'label_file',
  'annotations', 'deploy', 'cpu_shares', 'cpuset', 'cpu_period', 'cpu_quota', 'cpu_rt_period', 'cpu_rt_runtime',
  'cpu_count', 'cpu_percent', 'memswap_limit', 'mem_swappiness', 'shm_size', 'oom_kill_disable', 'oom_score_adj',
  'ulimits', 'sysctls', 'blkio_config', 'storage_opt', 'healthcheck', 'logging', 'stop_signal', 'stop_grace_period',
  'restart', 'stdin_open', 'tty',
]

/** Key orders of nested objects, by their key in the parent. */
const NESTED_ORDER: Record<string, string[]> = {
  deploy: ['resources'],
  resources: ['limits', 'reservations'],
  limits: ['cpus', 'memory', 'pids'],
  reservations: ['cpus', 'memory', 'devices'],
  healthcheck: ['test', 'interval', 'timeout', 'retries', 'start_period', 'start_interval', 'disable'],
  logging: ['driver', 'options'],
  blkio_config: ['weight', 'weight_device', 'device_read_bps', 'device_read_iops', 'device_write_bps', 'device_write_iops'],
}

const isObject = (v: unknown): v is Draft => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The object at `path`, created as needed. */
export function objectAt(draft: Draft, path: readonly string[]): Draft {
  let at = draft
  for (const key of path) {
    if (!isObject(at[key])) at[key] = {}
    at = at[key] as Draft
  }
  return at
}

export function setAt(draft: Draft, path: readonly string[], value: unknown): void {
  objectAt(draft, path.slice(0, -1))[path[path.length - 1]] = value
}

export function append(draft: Draft, key: string, value: unknown): void {
  const list = Array.isArray(draft[key]) ? (draft[key] as unknown[]) : []
  list.push(value)
  draft[key] = list
}

/** Sets `key: value` in the map at `path`; a later flag for the same key wins, as in docker (in the first one's place). */
export function setEntry(draft: Draft, path: readonly string[], key: string, value: unknown): void {
  put(objectAt(draft, path), key, value)
}

/** An own property even for a key the user typed such as `__proto__` or `constructor`. */
export function put(obj: Draft, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
}

/** The own property `key`, never one inherited from Object.prototype. */
export function own(obj: Draft, key: string): Draft | undefined {
  return Object.hasOwn(obj, key) ? (obj[key] as Draft) : undefined
}

/** The service's keys (and its known nested objects' keys) in the written order; unknown keys keep their place at the end. */
export function ordered(draft: Draft): Draft {
  return orderKeys(draft, SERVICE_ORDER)
}

function orderKeys(obj: Draft, order: readonly string[]): Draft {
  const rank = (k: string) => {
    const r = order.indexOf(k)
    return r < 0 ? order.length : r
  }
  const out: Draft = {}
  for (const key of Object.keys(obj).sort((a, b) => rank(a) - rank(b))) {
    const v = obj[key]
    out[key] = isObject(v) && NESTED_ORDER[key] ? orderKeys(v, NESTED_ORDER[key]) : v
  }
  return out
}

/** An integer written as one (`3`, `-1`) becomes a number; anything else (`1.5`, `${N}`, `64m`) stays text. */
export function intOrText(value: string): number | string {
  return /^-?\d+$/.test(value) && Number.isSafeInteger(Number(value)) ? Number(value) : value
}

/** Splits `key=value` (a missing `=` gives value undefined). */
export function keyValue(text: string): { key: string; value: string | undefined } {
  const eq = text.indexOf('=')
  return eq < 0 ? { key: text, value: undefined } : { key: text.slice(0, eq), value: text.slice(eq + 1) }
}

/** docker's CSV option values (`--mount`, `--network`, `--gpus`): fields split on commas, a field may be "quoted". */
export function csvFields(text: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      if (quoted && text[i + 1] === '"') { field += '"'; i++ } else quoted = !quoted
    } else if (c === ',' && !quoted) {
      fields.push(field)
      field = ''
    } else field += c
  }
  fields.push(field)
  return fields
}
