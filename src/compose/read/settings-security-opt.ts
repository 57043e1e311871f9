// security_opt items parsed: `key:value`, `key=value`, and bare `no-new-privileges`.
import type { Located, ServiceView, YamlPath } from '../types'
import { itemPlace } from './settings-items'
import { asList, toBool, toText } from './values'

export interface SecurityOpt {
  /** Lower-cased option name: no-new-privileges, seccomp, apparmor, label, systempaths, … */
  key?: string
  value?: string
  /** True when the value is an interpolation without default (`value` is then undefined). */
  valueUnknown?: boolean
  raw: string
  index: number
  at: YamlPath
  located?: Located
}

const OPTION = /^\s*([^:=\s$]+)\s*(?:[:=]\s*(.*?))?\s*$/s

export function readSecurityOpts(s: ServiceView): SecurityOpt[] {
  const list = s.data.security_opt
  return asList(list).map((item, index) => {
    const base = { raw: String(item), index, ...itemPlace(s, 'security_opt', index, !Array.isArray(list)) }
    const whole = toText(item)
    // When only the value is a variable (`apparmor:${PROFILE}`), the option name is still known.
    const m = OPTION.exec(whole.known ? whole.value : String(item))
    if (!m) return base
    return whole.known ? { ...base, key: m[1].toLowerCase(), value: m[2] } : { ...base, key: m[1].toLowerCase(), valueUnknown: true }
  })
}

export interface NoNewPrivileges {
  /** true / false when set, null when absent or unknown. */
  value: boolean | null
  /** Index of the deciding item in the resolved list (an `extends` base's items come first). */
  index?: number
  /** Where the deciding item is written, relative to the service (the core's itemPath); edit plans address this. */
  at?: YamlPath
  located?: Located
}

/** The last no-new-privileges item decides, as Docker reads them in order. */
export function readNoNewPrivileges(s: ServiceView): NoNewPrivileges {
  const items = readSecurityOpts(s).filter((o) => o.key === 'no-new-privileges')
  const last = items[items.length - 1]
  if (!last) return { value: null }
  const v = last.valueUnknown ? { known: false as const } : last.value === undefined || last.value === '' ? { known: true as const, value: true } : toBool(last.value)
  return { value: v.known ? v.value : null, index: last.index, at: last.at, located: last.located }
}
