// Edits of the Basics form's lists: depends_on (with its condition), env_file and the secrets a service mounts.
import { readDependsOn, readEnvFiles, readServiceSecrets } from '../compose/read/settings-basics'
import { asObject, get } from '../compose/read/values'
import { appendOp, deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile, EditOp, ServiceView } from '../compose/types'
import type { EditResult } from './edit-result'
import { REMOVE, editItemPlan, findService } from './list-items'

export interface DependencyInput {
  name: string
  condition: string
}

/** The long syntax of every dependency, with `change` applied: how a list is rewritten when a condition appears. */
function asMap(service: ServiceView, change: DependencyInput): Record<string, unknown> {
  const map: Record<string, unknown> = {}
  for (const d of readDependsOn(service).items) map[d.name] = { condition: d.condition }
  map[change.name] = { condition: change.condition }
  return map
}

/** Makes the service wait for `name` under `condition` (added, or its condition changed). */
export function setDependencyPlan(file: ComposeFile, service: string, input: DependencyInput): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const { name, condition } = input
  if (name === service) return 'A service cannot wait for itself.'
  if (!file.services.some((s) => s.name === name)) return `There is no service "${name}" to wait for.`
  const current = readDependsOn(found)
  const existing = current.items.find((d) => d.name === name)
  if (existing?.condition === condition) return null
  const path = ['services', service, 'depends_on']
  const label = `${service} waits for ${name} (${condition})`
  if (current.form === 'list') {
    if (!existing && condition === 'service_started') return plan(label, appendOp(path, name))
    return plan(label, setOp(path, asMap(found, input)))
  }
  if (existing && asObject(get(file.data, 'services', service, 'depends_on', name))) return plan(label, setOp([...path, name, 'condition'], condition))
  return plan(label, setOp([...path, name], { condition }))
}

/** Stops the service from waiting for `name`. */
export function removeDependencyPlan(file: ComposeFile, service: string, name: string): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const current = readDependsOn(found)
  const index = current.items.findIndex((d) => d.name === name)
  if (index < 0) return null
  const label = `${service} no longer waits for ${name}`
  if (current.form === 'list') return editItemPlan(label, file, found, 'depends_on', index, REMOVE)
  return plan(label, deleteOp(['services', service, 'depends_on', name]))
}

/** Why `path` cannot be added as an env file, or null. */
export function envFileProblem(path: string, existing: readonly string[]): string | null {
  if (path.trim() === '') return 'Name the file, for example .env or ./config/app.env.'
  return existing.includes(path.trim()) ? 'The service reads this file already.' : null
}

export function addEnvFilePlan(file: ComposeFile, service: string, path: string): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const problem = envFileProblem(path, readEnvFiles(found).map((f) => f.name))
  if (problem) return problem
  return plan(`${service} reads ${path.trim()}`, appendOp(['services', service, 'env_file'], path.trim()))
}

export function removeEnvFilePlan(file: ComposeFile, service: string, index: number): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  return editItemPlan(`Remove an env file from ${service}`, file, found, 'env_file', index, REMOVE)
}

/** Why `name` cannot be mounted as a secret, or null. */
export function secretNameProblem(name: string, mounted: readonly string[]): string | null {
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name.trim())) return 'Use letters, digits, "_", "." or "-", for example db_password.'
  return mounted.includes(name.trim()) ? 'The service mounts this secret already.' : null
}

/** Mounts secret `name` at /run/secrets/<name>, declaring it from ./secrets/<name>.txt when the file has no such secret. */
export function addServiceSecretPlan(file: ComposeFile, service: string, name: string): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  const secret = name.trim()
  const problem = secretNameProblem(secret, readServiceSecrets(found).map((s) => s.name))
  if (problem) return problem
  const ops: EditOp[] = [appendOp(['services', service, 'secrets'], secret)]
  if (get(file.data, 'secrets', secret) === undefined) ops.push(setOp(['secrets', secret], { file: `./secrets/${secret}.txt` }))
  return plan(`Mount secret ${secret} on ${service}`, ...ops)
}

/** Unmounts the secret at `index`; its declaration stays for the services that still use it. */
export function removeServiceSecretPlan(file: ComposeFile, service: string, index: number): EditResult {
  const found = findService(file, service)
  if (typeof found === 'string') return found
  return editItemPlan(`Unmount a secret from ${service}`, file, found, 'secrets', index, REMOVE)
}

/** The secrets declared at the top level of the file. */
export const declaredSecrets = (file: ComposeFile): string[] => Object.keys(asObject(file.data?.secrets) ?? {})
