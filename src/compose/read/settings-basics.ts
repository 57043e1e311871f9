// The basics of a service: command and entrypoint, depends_on (short and long syntax), env_file and service secrets.
import type { Located, ServiceView } from '../types'
import { listItems } from './settings-items'
import { asObject, toText } from './values'

export const DEPENDENCY_CONDITIONS = ['service_started', 'service_healthy', 'service_completed_successfully'] as const
export type DependencyCondition = (typeof DEPENDENCY_CONDITIONS)[number]

export interface Dependency {
  name: string
  /** `service_started` for the short syntax (what compose assumes); the text as written otherwise. */
  condition: string
  located?: Located
}

/** The services this one waits for; `form` says how depends_on is written (none when absent). */
export function readDependsOn(s: ServiceView): { form: 'none' | 'list' | 'map'; items: Dependency[] } {
  const value = s.data.depends_on
  if (Array.isArray(value)) {
    return { form: 'list', items: value.map((v, i) => ({ name: String(v), condition: 'service_started', located: s.locate(['depends_on', i]) })) }
  }
  const map = asObject(value)
  if (!map) return { form: 'none', items: [] }
  const items = Object.entries(map).map(([name, v]) => {
    const condition = toText(asObject(v)?.condition)
    return { name, condition: condition.known ? condition.value : 'service_started', located: s.locate(['depends_on', name]) }
  })
  return { form: 'map', items }
}

/** The command or entrypoint: `exec` for a list, `shell` for a string; undefined when not set. */
export function readCommand(s: ServiceView, key: 'command' | 'entrypoint'): { form: 'exec'; words: string[] } | { form: 'shell'; text: string } | undefined {
  const value = s.data[key]
  if (value === undefined || value === null) return undefined
  if (Array.isArray(value)) return { form: 'exec', words: value.map((w) => String(w)) }
  return { form: 'shell', text: String(value) }
}

/** One entry of a path list (env_file, secrets): its name (`path`, `source`) and where it is written. */
export interface NamedItem {
  name: string
  index: number
  origin: 'own' | 'merge' | 'extends'
}

function namedItems(s: ServiceView, key: string, field: string): NamedItem[] {
  return listItems(s, key).map((item) => {
    const long = asObject(item.written)
    return { name: String(long ? (long[field] ?? '') : item.written), index: item.index, origin: item.origin }
  })
}

/** The env files the service reads, in order (short or long syntax). */
export const readEnvFiles = (s: ServiceView): NamedItem[] => namedItems(s, 'env_file', 'path')

/** The secrets the service mounts (short syntax, or the long syntax's source). */
export const readServiceSecrets = (s: ServiceView): NamedItem[] => namedItems(s, 'secrets', 'source')
