// security_opt items parsed: `key:value`, `key=value`, and bare `no-new-privileges`.
import type { Located, ServiceView, YamlPath } from './types'
import { asList, toBool, toText } from './values'

export interface SecurityOpt {
  /** Lower-cased option name: no-new-privileges, seccomp, apparmor, label, systempaths, … */
  key?: string
  value?: string
  raw: string
  index: number
  at: YamlPath
  located?: Located
}

export function readSecurityOpts(s: ServiceView): SecurityOpt[] {
  const list = s.data.security_opt
  return asList(list).map((item, index) => {
    const at = Array.isArray(list) ? ['security_opt', index] : ['security_opt']
    const t = toText(item)
    const base = { raw: String(item), index, at, located: s.locate(at) }
    if (!t.known) return base
    const m = /^\s*([^:=\s]+)\s*(?:[:=]\s*(.*?))?\s*$/.exec(t.value)
    if (!m) return base
    return { ...base, key: m[1].toLowerCase(), value: m[2] }
  })
}

export interface NoNewPrivileges {
  /** true / false when set, null when absent or unknown. */
  value: boolean | null
  index?: number
  located?: Located
}

/** The last no-new-privileges item decides, as Docker reads them in order. */
export function readNoNewPrivileges(s: ServiceView): NoNewPrivileges {
  const items = readSecurityOpts(s).filter((o) => o.key === 'no-new-privileges')
  const last = items[items.length - 1]
  if (!last) return { value: null }
  const v = last.value === undefined || last.value === '' ? { known: true as const, value: true } : toBool(last.value)
  return { value: v.known ? v.value : null, index: last.index, located: last.located }
}

/** The value of the first option `key` (seccomp, apparmor, label), or undefined. */
export function securityOptValue(s: ServiceView, key: string): SecurityOpt | undefined {
  return readSecurityOpts(s).find((o) => o.key === key)
}
