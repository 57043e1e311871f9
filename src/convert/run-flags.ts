// Every option of `docker run` (docker/cli's container run reference, and the hidden aliases it still accepts), with
// whether it takes a value: the parser must know that to find the image, even for options it cannot convert.

export type FlagKind = 'bool' | 'value'

export interface FlagSpec {
  /** The canonical long name, without dashes. */
  name: string
  kind: FlagKind
}

const VALUE = [
  'add-host', 'annotation', 'attach', 'blkio-weight', 'blkio-weight-device', 'cap-add', 'cap-drop', 'cgroup-parent',
  'cgroupns', 'cidfile', 'cpu-count', 'cpu-percent', 'cpu-period', 'cpu-quota', 'cpu-rt-period', 'cpu-rt-runtime',
  'cpu-shares', 'cpus', 'cpuset-cpus', 'cpuset-mems', 'detach-keys', 'device', 'device-cgroup-rule', 'device-read-bps',
  'device-read-iops', 'device-write-bps', 'device-write-iops', 'dns', 'dns-option', 'dns-search', 'domainname',
  'entrypoint', 'env', 'env-file', 'expose', 'gpus', 'group-add', 'health-cmd', 'health-interval', 'health-retries',
  'health-start-interval', 'health-start-period', 'health-timeout', 'hostname', 'io-maxbandwidth', 'io-maxiops', 'ip',
  'ip6', 'ipc', 'isolation', 'kernel-memory', 'label', 'label-file', 'link', 'link-local-ip', 'log-driver', 'log-opt',
  'mac-address', 'memory', 'memory-reservation', 'memory-swap', 'memory-swappiness', 'mount', 'name', 'network',
  'network-alias', 'oom-score-adj', 'pid', 'pids-limit', 'platform', 'publish', 'pull', 'restart', 'runtime',
  'security-opt', 'shm-size', 'stop-signal', 'stop-timeout', 'storage-opt', 'sysctl', 'tmpfs', 'ulimit', 'user',
  'userns', 'uts', 'volume', 'volume-driver', 'volumes-from', 'workdir',
]

const BOOL = [
  'detach', 'disable-content-trust', 'help', 'init', 'interactive', 'no-healthcheck', 'oom-kill-disable', 'privileged',
  'publish-all', 'quiet', 'read-only', 'rm', 'sig-proxy', 'tty', 'use-api-socket',
]

/** Old spellings docker still accepts, and their canonical names. */
const ALIASES: Record<string, string> = { net: 'network', 'net-alias': 'network-alias', 'dns-opt': 'dns-option' }

const SHORT: Record<string, string> = {
  a: 'attach', c: 'cpu-shares', d: 'detach', e: 'env', h: 'hostname', i: 'interactive', l: 'label', m: 'memory',
  p: 'publish', P: 'publish-all', q: 'quiet', t: 'tty', u: 'user', v: 'volume', w: 'workdir',
}

const LONG = new Map<string, FlagSpec>([
  ...VALUE.map((name): [string, FlagSpec] => [name, { name, kind: 'value' }]),
  ...BOOL.map((name): [string, FlagSpec] => [name, { name, kind: 'bool' }]),
])

/** The option for `--name` (without dashes), or undefined when docker run has no such option. */
export function longFlag(name: string): FlagSpec | undefined {
  return LONG.get(ALIASES[name] ?? name)
}

/** The option for `-x`, or undefined. */
export function shortFlag(letter: string): FlagSpec | undefined {
  const name = SHORT[letter]
  return name === undefined ? undefined : LONG.get(name)
}
