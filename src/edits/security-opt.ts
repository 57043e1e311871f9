// Edits of the Security options form: seccomp, AppArmor and SELinux items of security_opt, each rewritten in place.
import { extendsTarget } from '../compose/read/extends'
import { readSecurityOpts } from '../compose/read/settings'
import type { AppArmorMode, MacKey, SeccompMode, SecurityOpt, SELinuxMode } from '../compose/read/settings'
import { plan } from '../compose/write/plan'
import type { ComposeFile } from '../compose/types'
import type { EditResult } from './edit-result'
import { findService, listEditOps, REMOVE } from './list-items'
import type { ItemEdit } from './list-items'

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

/** An SELinux option, or a variable that holds one (kept as written). */
const LABEL_OPTION = /^((user|role|type|level|filetype):\S+|\S*\$\{[^}]+\}\S*)$/

/** Splits "type:container_t level:s0:c1,c2" into label values; a string says what is wrong. */
export function parseLabelOptions(text: string): string[] | string {
  const tokens = text.trim().split(/\s+/).filter(Boolean)
  if (tokens.length === 0) return 'Enter at least one option, for example type:container_t.'
  const bad = tokens.find((t) => !LABEL_OPTION.test(t))
  if (bad) return `"${bad}" is not an SELinux option: write user:…, role:…, type:…, level:… or filetype:…, separated by spaces.`
  return tokens
}

export interface SecurityOptInput {
  key: MacKey
  /** The values the `key` items should hold, as written after the separator (a variable stays a variable). */
  values: readonly string[]
  /** What the plan says it does (the form's choice); a generic sentence when absent. */
  label?: string
}

/**
 * Makes the `key` items of security_opt hold `values`: an item that holds one of them already stays as it is, the
 * others are rewritten in place with the values still missing (keeping their key spelling, separator and comments)
 * or removed, and values left over are appended. The anchor a list comes from is never written (the service gets its
 * own copy); an item an `extends` base adds stays (compose merges the lists), and when only such items would change,
 * a sentence says to change the base. Null when nothing changes.
 * The seccomp, AppArmor and SELinux choices, and the fixes of no-seccomp-unconfined, no-apparmor-unconfined and
 * no-selinux-disabled (the values minus the offending ones), all go through here.
 */
export function setSecurityOptPlan(file: ComposeFile, serviceName: string, { key, values, label }: SecurityOptInput): EditResult {
  const service = findService(file, serviceName)
  if (typeof service === 'string') return service
  const all = readSecurityOpts(service)
  const mine = all.filter((o) => o.key === key)
  const sep = usualSeparator(mine.length > 0 ? mine : all)
  const left = values.map((v) => v.trim())
  const kept = mine.filter((o) => {
    const i = left.indexOf(o.rawValue)
    if (i >= 0) left.splice(i, 1)
    return i >= 0
  })
  const free = mine.filter((o) => !kept.includes(o) && o.origin !== 'extends')
  const stuck = mine.filter((o) => !kept.includes(o) && o.origin === 'extends')
  const edits = free.map((o, i): ItemEdit => ({ item: o, next: i < left.length ? `${o.rawKey ?? key}${o.separator || sep}${left[i]}` : REMOVE }))
  const added = left.slice(free.length).map((v) => `${key}${sep}${v}`)
  if (edits.length === 0 && added.length === 0) {
    if (stuck.length === 0) return null
    const from = extendsTarget(service.data)?.service
    return `"${stuck[0].raw}" comes from ${from ? `${from}, the service` : 'the service'} ${service.name} extends; change it there.`
  }
  return plan(label ?? `Set the ${key} options of ${service.name}`, ...listEditOps(file, service, 'security_opt', edits, added))
}

/** A choice of the form: the mode, and the profile path, profile name or SELinux options it takes. */
export interface MacInput<M extends string> {
  mode: M
  value?: string
}

export function setSeccompPlan(file: ComposeFile, service: string, { mode, value = '' }: MacInput<SeccompMode>): EditResult {
  if (mode === 'custom') {
    const problem = seccompPathProblem(value)
    if (problem) return problem
  }
  const values = mode === 'default' ? [] : mode === 'unconfined' ? ['unconfined'] : [value.trim()]
  const what = mode === 'default' ? "Docker's default seccomp profile" : mode === 'unconfined' ? 'no seccomp filtering' : `the seccomp profile ${value.trim()}`
  return setSecurityOptPlan(file, service, { key: 'seccomp', values, label: `Use ${what} for ${service}` })
}

export function setAppArmorPlan(file: ComposeFile, service: string, { mode, value = '' }: MacInput<AppArmorMode>): EditResult {
  if (mode === 'profile') {
    const problem = appArmorProfileProblem(value)
    if (problem) return problem
  }
  const values = mode === 'default' ? [] : mode === 'unconfined' ? ['unconfined'] : [value.trim()]
  const what = mode === 'default' ? "Docker's default AppArmor profile" : mode === 'unconfined' ? 'no AppArmor profile' : `the AppArmor profile ${value.trim()}`
  return setSecurityOptPlan(file, service, { key: 'apparmor', values, label: `Use ${what} for ${service}` })
}

export function setSELinuxPlan(file: ComposeFile, service: string, { mode, value = '' }: MacInput<SELinuxMode>): EditResult {
  let values: string[] = []
  if (mode === 'disable') values = ['disable']
  if (mode === 'options') {
    const parsed = parseLabelOptions(value)
    if (typeof parsed === 'string') return parsed
    values = parsed
  }
  const what = mode === 'none' ? "Docker's default SELinux labels" : mode === 'disable' ? 'no SELinux labelling' : `the SELinux label ${values.join(' ')}`
  return setSecurityOptPlan(file, service, { key: 'label', values, label: `Use ${what} for ${service}` })
}
