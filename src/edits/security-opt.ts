// Plans for the Security options form: seccomp, AppArmor and SELinux items of security_opt, each rewritten in place.
import { readSecurityOpts } from '../compose/read/settings'
import type { SecurityOpt } from '../compose/read/settings'
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile, EditOp, EditPlan, Located, ServiceView, YamlPath } from '../compose/types'

export type MacKey = 'seccomp' | 'apparmor' | 'label'

/** Runs a service plan builder against the current parse (for applyEdit); a sentence when the service is gone. */
export function withService(file: ComposeFile, name: string, build: (service: ServiceView) => EditPlan | null | string): EditPlan | null | string {
  const service = file.services.find((s) => s.name === name)
  return service ? build(service) : `There is no service "${name}" any more; pick one from the list.`
}

/** One security_opt item with the spelling it was written in, so a rewrite keeps its key case and separator. */
export interface OptItem {
  key: string
  /** The value after interpolation defaults; the raw text when a variable has no default. */
  value: string
  /** ':' or '='; '' for a bare key. */
  separator: '' | ':' | '='
  rawKey: string
  raw: string
  index: number
  /** Where the item is written, relative to the service (lists merged by `extends` put the base's items first). */
  at: YamlPath
  located?: Located
}

const ITEM = /^\s*([^:=\s]+)\s*(?:([:=])\s*(.*?))?\s*$/

function toItem(o: SecurityOpt): OptItem | undefined {
  const m = ITEM.exec(o.raw)
  if (!m) return undefined
  const separator = (m[2] ?? '') as OptItem['separator']
  return { key: o.key ?? m[1].toLowerCase(), value: o.key && !o.valueUnknown ? (o.value ?? '') : (m[3] ?? ''), separator, rawKey: m[1], raw: o.raw, index: o.index, at: o.at, located: o.located }
}

/** Every security_opt item that has a key; a value that is a variable without default is kept as written. */
export function readOptItems(service: ServiceView): OptItem[] {
  return readSecurityOpts(service).flatMap((o) => toItem(o) ?? [])
}

export function optItems(service: ServiceView, key: MacKey): OptItem[] {
  return readOptItems(service).filter((o) => o.key === key)
}

/** The separator this service already writes, so a new item looks like its neighbours. */
function usualSeparator(items: readonly OptItem[]): ':' | '=' {
  return items.find((o) => o.separator !== '')?.separator || ':'
}

export type SeccompMode = 'default' | 'custom' | 'unconfined'
export type AppArmorMode = 'default' | 'profile' | 'unconfined'
export type SELinuxMode = 'none' | 'options' | 'disable'

export interface MacSetting<M extends string> {
  mode: M
  /** The custom profile path, AppArmor profile name, or SELinux options joined by spaces. */
  value: string
  located?: Located
}

const isWord = (v: string, word: string) => v.trim().toLowerCase() === word

/** The last seccomp item decides, as the Docker daemon reads security_opt in order. `builtin` is the default profile by name. */
export function readSeccomp(service: ServiceView): MacSetting<SeccompMode> {
  const last = optItems(service, 'seccomp').at(-1)
  if (!last || isWord(last.value, 'builtin')) return { mode: 'default', value: '', located: last?.located }
  if (isWord(last.value, 'unconfined')) return { mode: 'unconfined', value: '', located: last.located }
  return { mode: 'custom', value: last.value, located: last.located }
}

export function readAppArmor(service: ServiceView): MacSetting<AppArmorMode> {
  const last = optItems(service, 'apparmor').at(-1)
  if (!last) return { mode: 'default', value: '' }
  if (isWord(last.value, 'unconfined')) return { mode: 'unconfined', value: '', located: last.located }
  return { mode: 'profile', value: last.value, located: last.located }
}

/** SELinux takes several label items (user, role, type, level); any `disable` among them turns labelling off. */
export function readSELinux(service: ServiceView): MacSetting<SELinuxMode> {
  const items = optItems(service, 'label')
  const located = items[0]?.located
  if (items.length === 0) return { mode: 'none', value: '' }
  if (items.some((o) => isWord(o.value, 'disable'))) return { mode: 'disable', value: '', located }
  return { mode: 'options', value: items.map((o) => o.value).join(' '), located }
}

export function seccompPathProblem(path: string): string | null {
  const p = path.trim()
  if (!p) return 'Enter the path of a seccomp profile (JSON), for example ./seccomp/app.json.'
  if (isWord(p, 'unconfined') || isWord(p, 'builtin')) return `"${p}" is not a file: pick it with the buttons above.`
  return null
}

export function appArmorProfileProblem(name: string): string | null {
  const p = name.trim()
  if (!p) return 'Enter the name of an AppArmor profile loaded on the host, for example docker-default.'
  if (/\s/.test(p)) return 'A profile name cannot contain spaces.'
  if (isWord(p, 'unconfined')) return 'That turns AppArmor off: pick "Unconfined" above if you really mean it.'
  return null
}

const LABEL_OPTION = /^(user|role|type|level|filetype):\S+$/

/** Splits "type:container_t level:s0:c1,c2" into label values; a string says what is wrong. */
export function parseLabelOptions(text: string): string[] | string {
  const tokens = text.trim().split(/\s+/).filter(Boolean)
  if (tokens.length === 0) return 'Enter at least one option, for example type:container_t.'
  const bad = tokens.find((t) => !LABEL_OPTION.test(t))
  if (bad) return `"${bad}" is not an SELinux option: write user:…, role:…, type:…, level:… or filetype:…, separated by spaces.`
  return tokens
}

/**
 * Makes the `key` items of security_opt read `values`: the existing items are rewritten in place (keeping
 * their key spelling, separator and comments), extra ones removed, missing ones appended. Null when nothing
 * changes; a sentence when an item to change is written on the service this one extends.
 */
export function securityOptPlan(service: ServiceView, key: MacKey, values: readonly string[], label: string): EditPlan | null | string {
  const all = readOptItems(service)
  const mine = all.filter((o) => o.key === key)
  const sep = usualSeparator(mine.length > 0 ? mine : all)
  const rewritten = mine.slice(0, values.length).map((o, i) => ({ ...o, raw: `${o.rawKey}${o.separator || sep}${values[i]}` }))
  const changed = rewritten.filter((r, i) => r.raw !== mine[i].raw)
  const removed = mine.slice(values.length)
  const added = values.slice(mine.length).map((v) => `${key}${sep}${v}`)
  if (changed.length === 0 && removed.length === 0 && added.length === 0) return null

  const fromBase = [...changed, ...removed].find((o) => o.located?.origin === 'extends')
  if (fromBase) return `"${fromBase.raw}" comes from ${baseName(service) ? `${baseName(service)}, the service` : 'the service'} ${service.name} extends; change it there.`

  const base = ['services', service.name, 'security_opt']
  // A list merged in through `<<: *anchor` cannot be edited item by item without touching the anchor: override it whole.
  if (service.inheritedKeys.has('security_opt') && all.every((o) => o.located?.origin !== 'extends')) {
    const list = service.data.security_opt
    const raws = Array.isArray(list) ? list.map(String) : list === undefined || list === null ? [] : [String(list)]
    for (const r of changed) raws[r.index] = r.raw
    const gone = new Set(removed.map((o) => o.index))
    return plan(label, setOp(base, [...raws.filter((_, i) => !gone.has(i)), ...added]))
  }
  const path = (o: OptItem) => ['services', service.name, ...o.at]
  const ops: EditOp[] = [
    ...changed.map((r) => setOp(path(r), r.raw)),
    // Last item first, so each delete leaves the positions of the ones still to come alone.
    ...[...removed].reverse().map((o) => deleteOp(path(o))),
    ...added.map((raw) => appendOp(base, raw)),
  ]
  return plan(label, ...ops)
}

function baseName(service: ServiceView): string | undefined {
  const ext = service.data.extends
  const name = typeof ext === 'string' ? ext : (ext as { service?: unknown } | null | undefined)?.service
  return typeof name === 'string' ? name : undefined
}

export function setSeccompPlan(service: ServiceView, mode: SeccompMode, path = ''): EditPlan | null | string {
  if (mode === 'custom') {
    const problem = seccompPathProblem(path)
    if (problem) return problem
  }
  const values = mode === 'default' ? [] : mode === 'unconfined' ? ['unconfined'] : [path.trim()]
  const what = mode === 'default' ? "Docker's default seccomp profile" : mode === 'unconfined' ? 'no seccomp filtering' : `the seccomp profile ${path.trim()}`
  return securityOptPlan(service, 'seccomp', values, `Use ${what} for ${service.name}`)
}

export function setAppArmorPlan(service: ServiceView, mode: AppArmorMode, profile = ''): EditPlan | null | string {
  if (mode === 'profile') {
    const problem = appArmorProfileProblem(profile)
    if (problem) return problem
  }
  const values = mode === 'default' ? [] : mode === 'unconfined' ? ['unconfined'] : [profile.trim()]
  const what = mode === 'default' ? "Docker's default AppArmor profile" : mode === 'unconfined' ? 'no AppArmor profile' : `the AppArmor profile ${profile.trim()}`
  return securityOptPlan(service, 'apparmor', values, `Use ${what} for ${service.name}`)
}

export function setSELinuxPlan(service: ServiceView, mode: SELinuxMode, options = ''): EditPlan | null | string {
  let values: string[] = []
  if (mode === 'disable') values = ['disable']
  if (mode === 'options') {
    const parsed = parseLabelOptions(options)
    if (typeof parsed === 'string') return parsed
    values = parsed
  }
  const what = mode === 'none' ? "Docker's default SELinux labels" : mode === 'disable' ? 'no SELinux labelling' : `the SELinux label ${values.join(' ')}`
  return securityOptPlan(service, 'label', values, `Use ${what} for ${service.name}`)
}
