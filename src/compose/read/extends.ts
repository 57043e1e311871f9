// Same-file `extends` resolution: a cycle or a missing base yields no base, never an exception.

type Obj = Record<string, unknown>

/** Keys whose sequences the service replaces rather than adds to (compose's merge rules). */
const REPLACED = new Set(['command', 'entrypoint', 'test', 'dns', 'dns_search'])

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v)

/** The `extends` reference of a service, if it points into the same file. `file:` references are not followed. */
export function extendsTarget(service: unknown): { service: string; file?: string } | undefined {
  if (!isObj(service)) return undefined
  const ext = service.extends
  if (typeof ext === 'string') return { service: ext }
  if (isObj(ext) && typeof ext.service === 'string') {
    return { service: ext.service, file: typeof ext.file === 'string' ? ext.file : undefined }
  }
  return undefined
}

/** The fully resolved settings of the service `name` extends, or undefined when it has no same-file base. */
export function extendsBase(name: string, services: Obj, seen: Set<string> = new Set()): { data: Obj; from: string } | undefined {
  const target = extendsTarget(services[name])
  if (!target || target.file !== undefined) return undefined
  if (seen.has(name) || !Object.prototype.hasOwnProperty.call(services, target.service)) return undefined
  seen.add(name)
  const baseOwn = services[target.service]
  if (!isObj(baseOwn)) return undefined
  const deeper = extendsBase(target.service, services, seen)
  return { data: deeper ? mergeExtends(deeper.data, baseOwn) : baseOwn, from: target.service }
}

/** Merges a service over its base: maps recursively, sequences appended (deduplicated), scalars replaced. */
export function mergeExtends(base: Obj, own: Obj, key = ''): Obj {
  const out: Obj = {}
  for (const [k, v] of Object.entries(base)) if (k !== 'extends') define(out, k, v)
  for (const [k, v] of Object.entries(own)) {
    const b = Object.prototype.hasOwnProperty.call(out, k) ? out[k] : undefined
    if (isObj(b) && isObj(v)) define(out, k, mergeExtends(b, v, k))
    else if (Array.isArray(b) && Array.isArray(v) && !REPLACED.has(k) && key !== 'healthcheck') define(out, k, dedupe([...b, ...v]))
    else define(out, k, v)
  }
  return out
}

/** Plain assignment would let a `__proto__` key from the file replace the object's prototype. */
function define(obj: Obj, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true })
}

function dedupe(items: unknown[]): unknown[] {
  const seen = new Set<string>()
  return items.filter((item) => {
    const id = typeof item === 'object' ? JSON.stringify(item) : `${typeof item}:${String(item)}`
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
