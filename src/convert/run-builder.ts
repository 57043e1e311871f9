// Collects the docker run options for one service, and the notes and set-up commands that go with them. The settings
// that read the file's top level (networks, secrets, configs) or nest several options (deploy, healthcheck) live here.
import { quote } from 'shlex'
import { text, items, isObj } from './plain-values'


/** A network's address settings and their docker run names (`--ip`, or `ip=` in `--network name=…,ip=…`). */
const ADDRESS_FIELDS: Record<string, string> = { ipv4_address: 'ip', ipv6_address: 'ip6', mac_address: 'mac-address' }

export class RunBuilder {
  /** Each option's words: ['--user', '1000:1000'] or ['--read-only']. */
  readonly options: string[][] = []
  command: string[] = []
  entrypointArgs: string[] = []
  readonly notes: string[] = []
  /** Commands to run before this one (`docker network create …`). */
  readonly before: string[] = []
  private readonly top: Record<string, unknown>
  private readonly containers: ReadonlyMap<string, string>

  constructor(top: Record<string, unknown>, containers: ReadonlyMap<string, string>) {
    this.top = top
    this.containers = containers
  }

  opt(flag: string, value?: string): void {
    this.options.push(value === undefined ? [flag] : [flag, value])
  }

  flag(flag: string): void {
    this.options.push([flag])
  }

  note(message: string): void {
    if (!this.notes.includes(message)) this.notes.push(message)
  }

  /** The container name a docker run command gives the service (its container_name, else its name). */
  containerOf(service: string): string {
    return this.containers.get(service) ?? service
  }

  private definition(section: string, name: string): Record<string, unknown> {
    const defs = this.top[section]
    const def = isObj(defs) ? defs[name] : undefined
    return isObj(def) ? def : {}
  }

  networks(value: unknown): void {
    const list: Array<[string, Record<string, unknown>]> = isObj(value)
      ? Object.entries(value).map(([n, s]) => [n, isObj(s) ? s : {}])
      : items(value).map((n) => [text(n), {}])
    for (const [key, settings] of list) {
      const def = this.definition('networks', key)
      const name = text(def.name ?? key)
      this.createNetwork(key, name, def)
      // [advanced-syntax field, the option docker run has for it (on a single network), value]
      const fields: Array<[string, string | null, string]> = [
        ...items(settings.aliases).map((a): [string, string, string] => ['alias', '--network-alias', text(a)]),
        ...Object.entries(ADDRESS_FIELDS).filter(([k]) => settings[k] !== undefined)
          .map(([k, field]): [string, string, string] => [field, `--${field}`, text(settings[k])]),
        ...items(settings.link_local_ips).map((ip): [string, string, string] => ['link-local-ip', '--link-local-ip', text(ip)]),
        ...Object.entries(isObj(settings.driver_opts) ? settings.driver_opts : {}).map(([k, v]): [string, null, string] => ['driver-opt', null, `${k}=${text(v)}`]),
        ...(settings.gw_priority === undefined ? [] : [['gw-priority', null, text(settings.gw_priority)] as [string, null, string]]),
      ]
      if (settings.priority !== undefined) this.note(`networks: ${key}: priority (the order networks are connected in) has no docker run option`)
      if (settings.interface_name !== undefined) this.note(`networks: ${key}: interface_name has no docker run option`)
      if (list.length === 1 && fields.every(([, flag]) => flag !== null)) {
        this.opt('--network', name)
        for (const [, flag, v] of fields) this.opt(flag!, v)
      } else {
        this.opt('--network', fields.length ? [`name=${name}`, ...fields.map(([f, , v]) => `${f}=${v}`)].join(',') : name)
      }
    }
  }

  private createNetwork(key: string, name: string, def: Record<string, unknown>): void {
    if (def.external === true || def.external === 'true' || isObj(def.external)) return
    const words = ['docker', 'network', 'create']
    if (def.driver !== undefined) words.push('--driver', text(def.driver))
    if (def.internal === true) words.push('--internal')
    if (def.attachable === true) words.push('--attachable')
    if (def.enable_ipv6 === true) words.push('--ipv6')
    if (isObj(def.driver_opts)) for (const [k, v] of Object.entries(def.driver_opts)) words.push('--opt', `${k}=${text(v)}`)
    if (isObj(def.labels)) for (const [k, v] of Object.entries(def.labels)) words.push('--label', `${k}=${text(v)}`)
    const ipam = isObj(def.ipam) ? def.ipam : {}
    for (const c of items(ipam.config).filter(isObj)) {
      if (c.subnet !== undefined) words.push('--subnet', text(c.subnet))
      if (c.gateway !== undefined) words.push('--gateway', text(c.gateway))
      if (c.ip_range !== undefined) words.push('--ip-range', text(c.ip_range))
    }
    words.push(name)
    this.before.push(words.map(quote).join(' '))
    this.note(`networks: ${key} must exist before docker run (Compose names it <project>_${key} and creates it itself)`)
  }

  /** docker run uses a named volume by its own name; Compose prefixes the project's, unless the volume says otherwise. */
  namedVolume(key: string): void {
    const def = this.definition('volumes', key)
    if (def.name !== undefined || def.external === true || isObj(def.external)) return
    this.note(`volumes: docker run uses the volume ${key}; Compose named it <project>_${key}, so the data Compose stored is not in it (give the top-level volume \`name: ${key}\` to share it)`)
  }

  /** A file secret is a read-only bind mount at /run/secrets/NAME, which is what Compose does for one. */
  secrets(value: unknown): void {
    for (const item of items(value)) {
      const source = text(isObj(item) ? item.source : item)
      const target = isObj(item) && item.target !== undefined ? text(item.target) : source
      const path = target.startsWith('/') ? target : `/run/secrets/${target}`
      const def = this.definition('secrets', source)
      if (def.file === undefined) {
        this.note(`secrets: ${source} is not a file secret (${def.environment !== undefined ? 'environment' : 'external'}); docker run can mount only files`)
        continue
      }
      if (isObj(item) && (item.uid !== undefined || item.gid !== undefined || item.mode !== undefined)) this.note(`secrets: ${source}: uid, gid and mode have no docker run option`)
      this.opt('--volume', `${text(def.file)}:${path}:ro`)
    }
  }

  /** A file config is a read-only bind mount at /NAME (or its target). */
  configs(value: unknown): void {
    for (const item of items(value)) {
      const source = text(isObj(item) ? item.source : item)
      const target = isObj(item) && item.target !== undefined ? text(item.target) : `/${source}`
      const def = this.definition('configs', source)
      if (def.file === undefined) {
        this.note(`configs: ${source} is not a file config; docker run can mount only files (write the content to a file and mount it with -v)`)
        continue
      }
      this.opt('--volume', `${text(def.file)}:${target}:ro`)
    }
  }

  deploy(value: unknown): void {
    if (!isObj(value)) return
    for (const [key, v] of Object.entries(value)) {
      if (key === 'resources' && isObj(v)) this.resources(v)
      else if (key === 'restart_policy' && isObj(v)) this.restartPolicy(v)
      else if (key === 'replicas' && text(v) === '1') continue
      else this.note(`deploy.${key} has no docker run option`)
    }
  }

  private resources(r: Record<string, unknown>): void {
    const limits = isObj(r.limits) ? r.limits : {}
    const reservations = isObj(r.reservations) ? r.reservations : {}
    if (limits.cpus !== undefined) this.opt('--cpus', text(limits.cpus))
    if (limits.memory !== undefined) this.opt('--memory', text(limits.memory))
    if (limits.pids !== undefined) this.opt('--pids-limit', text(limits.pids))
    if (reservations.memory !== undefined) this.opt('--memory-reservation', text(reservations.memory))
    if (reservations.cpus !== undefined) this.note('deploy.resources.reservations.cpus has no docker run option (--cpu-shares sets a relative weight instead)')
    for (const d of items(reservations.devices).filter(isObj)) {
      if (items(d.capabilities).map(text).includes('gpu')) {
        const count = d.count === undefined && d.device_ids === undefined ? 'all' : d.count
        this.opt('--gpus', d.device_ids !== undefined ? `"device=${items(d.device_ids).map(text).join(',')}"` : count === 'all' ? 'all' : `count=${text(count)}`)
      } else this.note('deploy.resources.reservations.devices: only GPU reservations have a docker run option (--gpus)')
    }
  }

  private restartPolicy(p: Record<string, unknown>): void {
    const condition = text(p.condition ?? 'any')
    const attempts = p.max_attempts === undefined ? '' : `:${text(p.max_attempts)}`
    this.opt('--restart', condition === 'none' ? 'no' : condition === 'on-failure' ? `on-failure${attempts}` : 'always')
    if (p.delay !== undefined || p.window !== undefined) this.note('deploy.restart_policy: delay and window have no docker run option')
  }

  healthcheck(value: unknown): void {
    if (!isObj(value)) return
    const test = value.test
    const words = items(test).map(text)
    if (value.disable === true || value.disable === 'true' || words[0] === 'NONE') {
      this.flag('--no-healthcheck')
      return
    }
    if (typeof test === 'string') this.opt('--health-cmd', test)
    else if (words[0] === 'CMD-SHELL') this.opt('--health-cmd', words.slice(1).join(' '))
    else if (words[0] === 'CMD') {
      this.opt('--health-cmd', words.slice(1).map(quote).join(' '))
      this.note('healthcheck: the exec form ["CMD", …] has no docker run option; --health-cmd always runs the test with /bin/sh -c (CMD-SHELL), so the image needs a shell')
    }
    const fields: Array<[string, string]> = [['interval', '--health-interval'], ['timeout', '--health-timeout'], ['retries', '--health-retries'], ['start_period', '--health-start-period'], ['start_interval', '--health-start-interval']]
    for (const [k, flag] of fields) if (value[k] !== undefined) this.opt(flag, text(value[k]))
  }
}
