// Plans for the Security options form: seccomp, AppArmor and SELinux items of security_opt, each rewritten in place.
import { extendsTarget } from '../compose/read/extends'
import { readSecurityOpts } from '../compose/read/settings'
import type { AppArmorMode, MacKey, SeccompMode, SecurityOpt, SELinuxMode } from '../compose/read/settings'
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile, EditOp, EditPlan, ServiceView, YamlPath } from '../compose/types'
import { findService } from './list-items'

/** Runs a service plan builder against the current parse (for applyEdit); a sentence when the service is gone. */
export function withService(file: ComposeFile, name: string, build: (service: ServiceView) => EditPlan | null | string): EditPlan | null | string {
  const service = findService(file, name)
  return typeof service === 'string' ? service : build(service)
}

/** The separator this service already writes, so a new item looks like its neighbours. */
function usualSeparator(items: readonly SecurityOpt[]): ':' | '=' {
  return items.find((o) => o.separator !== '')?.separator || ':'
}

const isWord = (v: string, word: string) => v.trim().toLowerCase() === word

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
  const all = readSecurityOpts(service)
  const mine = all.filter((o) => o.key === key)
  const sep = usualSeparator(mine.length > 0 ? mine : all)
  const rewritten = mine.slice(0, values.length).map((o, i) => ({ ...o, raw: `${o.rawKey ?? key}${o.separator || sep}${values[i]}` }))
  const changed = rewritten.filter((r, i) => r.raw !== mine[i].raw)
  const removed = mine.slice(values.length)
  const added = values.slice(mine.length).map((v) => `${key}${sep}${v}`)
  if (changed.length === 0 && removed.length === 0 && added.length === 0) return null

  const fromBase = [...changed, ...removed].find((o) => o.located?.origin === 'extends')
  const from = extendsTarget(service.data)?.service
  if (fromBase) return `"${fromBase.raw}" comes from ${from ? `${from}, the service` : 'the service'} ${service.name} extends; change it there.`

  const base = ['services', service.name, 'security_opt']
  // A list merged in through `<<: *anchor` cannot be edited item by item without touching the anchor: override it whole.
  if (service.inheritedKeys.has('security_opt') && all.every((o) => o.located?.origin !== 'extends')) {
    const list = service.data.security_opt
    const raws = Array.isArray(list) ? list.map(String) : list === undefined || list === null ? [] : [String(list)]
    for (const r of changed) raws[r.index] = r.raw
    const gone = new Set(removed.map((o) => o.index))
    return plan(label, setOp(base, [...raws.filter((_, i) => !gone.has(i)), ...added]))
  }
  const path = (o: SecurityOpt) => ['services', service.name, ...(o.at as YamlPath)]
  const ops: EditOp[] = [
    ...changed.map((r) => setOp(path(r), r.raw)),
    // Last item first, so each delete leaves the positions of the ones still to come alone.
    ...[...removed].reverse().map((o) => deleteOp(path(o))),
    ...added.map((raw) => appendOp(base, raw)),
  ]
  return plan(label, ...ops)
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
