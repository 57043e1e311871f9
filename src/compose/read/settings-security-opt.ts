// security_opt items parsed (`key:value`, `key=value`, bare `no-new-privileges`), and what they decide: no-new-privileges,
// seccomp, AppArmor, SELinux. Docker reads the items in order, so for each option the last item decides.
import type { Located, ServiceView, YamlPath } from '../types'
import { listItems } from './settings-items'
import type { ListItem } from './settings-items'
import { toBool, toText } from './values'

export interface SecurityOpt extends ListItem {
  /** The item as written. */
  raw: string
  /** Lower-cased option name: no-new-privileges, seccomp, apparmor, label, systempaths, … Known when only the value is a variable. */
  key?: string
  /** The option name and separator as written ('' for a bare name), so a rewrite keeps the author's spelling. */
  rawKey?: string
  separator: '' | ':' | '='
  /** The value after interpolation with defaults; undefined when absent (bare `no-new-privileges`) or unknown. */
  value?: string
  /** The value as written: a variable without default stays a variable. '' when absent. */
  rawValue: string
  /** True when a variable without default decides the value (or, when `key` is undefined, the whole item). */
  valueUnknown?: boolean
}

/** Name and value of the item after interpolation; a `$` cannot start the name (`${OPT}` names nothing known). */
const OPTION = /^\s*([^:=\s$]+)\s*(?:[:=]\s*(.*?))?\s*$/s
/** Name, separator and value as written. */
const WRITTEN = /^\s*([^:=\s]+)\s*(?:([:=])\s*(.*?))?\s*$/s

export function readSecurityOpts(s: ServiceView): SecurityOpt[] {
  return listItems(s, 'security_opt').map((item): SecurityOpt => {
    const raw = String(item.written)
    const w = WRITTEN.exec(raw)
    const base = { ...item, raw, rawKey: w?.[1], separator: (w?.[2] ?? '') as SecurityOpt['separator'], rawValue: w?.[3] ?? '' }
    const whole = toText(item.written)
    // When only the value is a variable (`apparmor:${PROFILE}`), the option name is still known.
    const m = OPTION.exec(whole.known ? whole.value : raw)
    if (!m) return whole.known ? base : { ...base, valueUnknown: true }
    return whole.known ? { ...base, key: m[1].toLowerCase(), value: m[2] } : { ...base, key: m[1].toLowerCase(), valueUnknown: true }
  })
}

/** How an item reads for no-new-privileges: on, off, a value Docker refuses, or unknown (a variable decides). */
export type NoNewPrivilegesVerdict = 'true' | 'false' | 'invalid' | 'unknown'

export interface NoNewPrivileges {
  /** true / false when set, null when absent, unknown or invalid. */
  value: boolean | null
  /** Undefined when no item is (or may be) about no-new-privileges. */
  verdict?: NoNewPrivilegesVerdict
  /**
   * The deciding item: the last one about no-new-privileges, or one a variable without default may turn into one
   * (`${OPT}`, then `key` is undefined and `verdict` 'unknown'). Rewrite it only when its `key` is no-new-privileges:
   * a `${OPT}` item is some other option as often as not, and an item added after it decides anyway.
   */
  item?: SecurityOpt
  /** Index of the deciding item in the resolved list (an `extends` base's items come first). */
  index?: number
  /** Where the deciding item is written, relative to the service; undefined when an `extends` base writes it. */
  at?: YamlPath
  located?: Located
}

function noNewPrivilegesVerdict(o: SecurityOpt): NoNewPrivilegesVerdict | undefined {
  if (o.key === undefined) return o.valueUnknown ? 'unknown' : undefined
  if (o.key !== 'no-new-privileges') return undefined
  if (o.valueUnknown) return 'unknown'
  if (o.value === undefined || o.value === '') return 'true'
  const b = toBool(o.value)
  return b.known ? (b.value ? 'true' : 'false') : 'invalid'
}

/** The last item about no-new-privileges decides, as Docker reads them in order; `${OPT}` may be one, so it decides as unknown. */
export function readNoNewPrivileges(s: ServiceView): NoNewPrivileges {
  const items = readSecurityOpts(s)
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]
    const verdict = noNewPrivilegesVerdict(item)
    if (!verdict) continue
    const value = verdict === 'true' ? true : verdict === 'false' ? false : null
    return { value, verdict, item, index: item.index, at: item.at, located: item.located }
  }
  return { value: null }
}

export type MacKey = 'seccomp' | 'apparmor' | 'label'
export type SeccompMode = 'default' | 'custom' | 'unconfined'
export type AppArmorMode = 'default' | 'profile' | 'unconfined'
export type SELinuxMode = 'none' | 'options' | 'disable'

export interface MacSetting<M extends string> {
  mode: M
  /** The custom profile path, AppArmor profile name, or SELinux options joined by spaces (a variable stays as written). */
  value: string
  located?: Located
}

export function optItems(service: ServiceView, key: MacKey): SecurityOpt[] {
  return readSecurityOpts(service).filter((o) => o.key === key)
}

/** The value to show: after interpolation defaults, or as written when a variable without default decides it. */
const shown = (o: SecurityOpt) => (o.valueUnknown ? o.rawValue : (o.value ?? ''))
const isWord = (v: string, word: string) => v.trim().toLowerCase() === word

/** The last seccomp item decides. `builtin` is the default profile by name; any letter case counts, as for the rules. */
export function readSeccomp(service: ServiceView): MacSetting<SeccompMode> {
  const last = optItems(service, 'seccomp').at(-1)
  if (!last || isWord(shown(last), 'builtin')) return { mode: 'default', value: '', located: last?.located }
  if (isWord(shown(last), 'unconfined')) return { mode: 'unconfined', value: '', located: last.located }
  return { mode: 'custom', value: shown(last), located: last.located }
}

export function readAppArmor(service: ServiceView): MacSetting<AppArmorMode> {
  const last = optItems(service, 'apparmor').at(-1)
  if (!last) return { mode: 'default', value: '' }
  if (isWord(shown(last), 'unconfined')) return { mode: 'unconfined', value: '', located: last.located }
  return { mode: 'profile', value: shown(last), located: last.located }
}

/** SELinux takes several label items (user, role, type, level); any `disable` among them turns labelling off. */
export function readSELinux(service: ServiceView): MacSetting<SELinuxMode> {
  const items = optItems(service, 'label')
  const located = items[0]?.located
  if (items.length === 0) return { mode: 'none', value: '' }
  if (items.some((o) => isWord(shown(o), 'disable'))) return { mode: 'disable', value: '', located }
  return { mode: 'options', value: items.map(shown).join(' '), located }
}

/** SELinux types that are unconfined by design: `spc_t` is the "super privileged container" type. */
const UNCONFINED_TYPES = new Set(['spc_t', 'unconfined_t'])

/** 'disable' for `label:disable`, 'type' for `label:type:spc_t`, undefined for a confining label. Any letter case. */
export function labelProblem(o: SecurityOpt): 'disable' | 'type' | undefined {
  if (o.key !== 'label' || o.value === undefined) return undefined
  const v = o.value.trim().toLowerCase()
  if (v === 'disable') return 'disable'
  const m = /^type\s*:\s*(\S+)$/.exec(v)
  return m && UNCONFINED_TYPES.has(m[1]) ? 'type' : undefined
}
