// Image reference, environment, network mode, healthcheck, logging and restart policy of a service.
import type { Located, Origin, ServiceView, YamlPath } from '../types'
import { listItems } from './settings-items'
import { asObject, toBool, toText } from './values'

export interface ImageRef {
  raw: string
  name: string
  tag?: string
  digest?: string
  /** True when the reference depends on a variable without default. */
  unknown: boolean
  located?: Located
}

export function readImage(s: ServiceView): ImageRef | undefined {
  const value = s.data.image
  if (value === undefined || value === null) return undefined
  const located = s.locate(['image'])
  const t = toText(value)
  if (!t.known) return { raw: String(value), name: String(value), unknown: true, located }
  const raw = t.value.trim()
  const [withoutDigest, digest] = raw.split('@', 2)
  const slash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.lastIndexOf(':')
  const hasTag = colon > slash
  return {
    raw, name: hasTag ? withoutDigest.slice(0, colon) : withoutDigest,
    tag: hasTag ? withoutDigest.slice(colon + 1) : undefined, digest, unknown: false, located,
  }
}

export interface EnvVar {
  name: string
  /** The literal value; undefined when none is given (`- NAME` passes the host's value through). */
  value?: string
  /** Where it is written, relative to the service; undefined for a list item an `extends` base adds (see ListItem). */
  at?: YamlPath
  origin: Origin
  located?: Located
}

export function readEnvironment(s: ServiceView): EnvVar[] {
  const env = s.data.environment
  if (Array.isArray(env)) {
    return listItems(s, 'environment').map(({ written, at, origin, located }) => {
      const str = String(written)
      const eq = str.indexOf('=')
      return { name: eq < 0 ? str : str.slice(0, eq), value: eq < 0 ? undefined : str.slice(eq + 1), at, origin, located }
    })
  }
  const map = asObject(env)
  if (!map) return []
  return Object.entries(map).map(([name, value]) => {
    const at: YamlPath = ['environment', name]
    const located = s.locate(at)
    return { name, value: value === null || value === undefined ? undefined : String(value), at, origin: located?.origin ?? 'own', located }
  })
}

export function readNetworkMode(s: ServiceView): { value?: string; located?: Located } {
  const t = toText(s.data.network_mode)
  return t.known ? { value: t.value.trim(), located: s.locate(['network_mode']) } : {}
}

export interface HealthcheckSetting {
  present: boolean
  disabled: boolean
  /**
   * What turns it off: `disable: true`, or a list `test` starting with NONE. Docker knows only `NONE` and refuses other
   * spellings (no check runs either way), so any letter case counts.
   */
  disabledBy?: 'disable' | 'none'
  test?: unknown
  located?: Located
}

export function readHealthcheck(s: ServiceView): HealthcheckSetting {
  const hc = asObject(s.data.healthcheck)
  if (!hc) return { present: false, disabled: false }
  const disable = toBool(hc.disable)
  // Only the list form ["NONE"] disables; a string is a shell command.
  const none = Array.isArray(hc.test) && hc.test.length > 0 && String(hc.test[0]).trim().toUpperCase() === 'NONE'
  const disabledBy = disable.known && disable.value ? 'disable' : none ? 'none' : undefined
  return { present: true, disabled: disabledBy !== undefined, disabledBy, test: hc.test, located: s.locate(['healthcheck']) }
}

export interface LoggingSetting {
  present: boolean
  driver?: string
  maxSize?: unknown
  maxFile?: unknown
  located?: Located
}

export function readLogging(s: ServiceView): LoggingSetting {
  const logging = asObject(s.data.logging)
  if (!logging) return { present: false }
  const options = asObject(logging.options) ?? {}
  const driver = toText(logging.driver)
  return {
    present: true, driver: driver.known ? driver.value : undefined,
    maxSize: options['max-size'], maxFile: options['max-file'], located: s.locate(['logging']),
  }
}

/* ---------- Restart policy ---------- */

export const RESTART_POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'] as const
export type RestartPolicy = (typeof RESTART_POLICIES)[number]

export interface RestartSetting {
  /** Undefined when `restart` is not set (Docker then never restarts); the raw text when it is not a known policy. */
  policy?: RestartPolicy | string
  maxRetries: string
  located?: Located
}

export function readRestart(service: ServiceView): RestartSetting {
  const raw = service.data.restart
  if (raw === undefined || raw === null) return { maxRetries: '' }
  const located = service.locate(['restart'])
  // YAML 1.1 readers take an unquoted `restart: no` as false.
  const t = raw === false ? { known: true as const, value: 'no' } : toText(raw)
  if (!t.known) return { policy: String(raw), maxRetries: '', located }
  const [policy, retries = ''] = t.value.trim().split(':', 2)
  return { policy: (RESTART_POLICIES as readonly string[]).includes(policy) ? policy : t.value.trim(), maxRetries: retries, located }
}
