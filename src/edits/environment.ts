// Edits of the environment table: set, rename or remove one variable in the syntax the service writes (map or list),
// and "move to a secret": the value leaves the file for ./secrets/<name>.txt, mounted as a compose secret.
import { serviceImageFacts } from '../compose/read/image-knowledge/service-needs'
import { readEnvironment } from '../compose/read/settings'
import { appendOp, deleteOp, plan, renameOp, setOp } from '../compose/write/plan'
import { asObject, get } from '../compose/read/values'
import type { ComposeFile, EditOp, ServiceView } from '../compose/types'
import type { EditResult } from './edit-result'
import { REMOVE, editItemPlan, findService } from './list-items'

/** Why `name` cannot name a variable, or null. */
export function envNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Name the variable, for example LOG_LEVEL.'
  if (/[\s=]/.test(name.trim())) return 'A variable name has no spaces and no "=".'
  return null
}

export interface EnvInput {
  name: string
  value: string
  /** The variable's name before this edit, when the row renames it. */
  from?: string
}

const isList = (s: ServiceView) => Array.isArray(s.data.environment)
const indexOf = (s: ServiceView, name: string) => readEnvironment(s).findIndex((v) => v.name === name)

/** Sets variable `name` to `value` (renaming `from` when given): its item or key in place, or a new one at the end. */
export function setEnvVarPlan(file: ComposeFile, service: string, { name, value, from }: EnvInput): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const key = name.trim()
  const problem = envNameProblem(key)
  if (problem) return problem
  const old = from ?? key
  const index = indexOf(found, old)
  if (old !== key && indexOf(found, key) >= 0) return `${service} already has a variable ${key}.`
  const label = `Set ${key} on ${service}`
  if (index >= 0 && readEnvironment(found)[index].value === value && old === key) return null
  if (isList(found)) {
    const item = `${key}=${value}`
    return index >= 0 ? editItemPlan(label, file, found, 'environment', index, item) : plan(label, appendOp(['services', service, 'environment'], item))
  }
  const path = ['services', service, 'environment']
  const own = found.locate(['environment', old])?.origin === 'own'
  if (index >= 0 && old !== key && own) return plan(label, renameOp([...path, old], key), setOp([...path, key], value))
  if (index >= 0 && old !== key) return plan(label, deleteOp([...path, old]), setOp([...path, key], value))
  return plan(label, setOp([...path, key], value))
}

/** Removes variable `name`. */
export function removeEnvVarPlan(file: ComposeFile, service: string, name: string): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const index = indexOf(found, name)
  if (index < 0) return null
  const label = `Remove ${name} from ${service}`
  if (isList(found)) return editItemPlan(label, file, found, 'environment', index, REMOVE)
  return plan(label, deleteOp(['services', service, 'environment', name]))
}

/** The secret's name for a variable: lower case, `_` between words (POSTGRES_PASSWORD → postgres_password). */
export const secretNameFor = (variable: string) => variable.toLowerCase().replace(/[^a-z0-9_.-]+/g, '_')

/** True when the service's image reads `<name>_FILE` (the image knowledge's `fileEnv`). */
export function supportsFileEnv(service: ServiceView, name: string): boolean {
  return serviceImageFacts(service)?.fileEnv?.variables.includes(name) ?? false
}

/**
 * Moves variable `name` to a compose secret: declares `secrets: <secret>: file: ./secrets/<secret>.txt` (unless declared),
 * mounts it on the service, and replaces the variable by `<name>_FILE=/run/secrets/<secret>` where the image reads
 * that convention; elsewhere the variable is removed and the app must read /run/secrets/<secret> itself.
 */
export function moveEnvToSecretPlan(file: ComposeFile, service: string, name: string): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const index = indexOf(found, name)
  if (index < 0) return `${service} has no variable ${name} any more.`
  const secret = secretNameFor(name)
  const fileVar = `${name}_FILE`
  const mount = `/run/secrets/${secret}`
  const label = `Move ${name} of ${service} to secret ${secret}`
  const ops: EditOp[] = []
  const replace = supportsFileEnv(found, name) && indexOf(found, fileVar) < 0
  const env = replace ? setEnvVarPlan(file, service, { name: fileVar, value: mount, from: name }) : removeEnvVarPlan(file, service, name)
  if (env === null || typeof env === 'string') return env ?? label
  ops.push(...env.ops)
  const mounted = Array.isArray(found.data.secrets) && found.data.secrets.some((s) => s === secret || get(s, 'source') === secret)
  if (!mounted) ops.push(appendOp(['services', service, 'secrets'], secret))
  if (!asObject(get(file.data, 'secrets', secret))) ops.push(setOp(['secrets', secret], { file: `./secrets/${secret}.txt` }))
  return plan(label, ...ops)
}
