// The findings of each text Harden goes through, analysed once; a service whose keys change without being written is
// re-analysed only for the rules that read one of those keys (what a rule reads is recorded while it runs).
import type { ComposeFile, Located, ServiceView, YamlPath } from '../compose/types'
import { analyze, compareFindings } from '../rules/engine'
import { RULES } from '../rules/registry'
import type { Finding, Rule } from '../rules/types'

export interface FindingsMemo {
  /** The file's findings (all rules), analysed once per file object. */
  of(file: ComposeFile): Finding[]
  /**
   * The findings of `next`, which holds one service, `name`, and reads exactly as `prev` but for the service's keys
   * `changed`: a rule that read none of them in `prev` finds there what it found in `prev` (the positions of the
   * findings it keeps are `prev`'s, which only a written change would move). Remembered as `of(next)`.
   */
  after(prev: ComposeFile, next: ComposeFile, name: string, changed: ReadonlySet<string>): Finding[]
}

/** What one rule found, and the service keys it read (null: it read something else too, such as the document). */
interface RuleRun {
  findings: Finding[]
  reads: ReadonlySet<string> | null
}

export function findingsMemo(rules: readonly Rule[] = RULES): FindingsMemo {
  const found = new WeakMap<ComposeFile, Finding[]>()
  const runs = new WeakMap<ComposeFile, RuleRun[]>()
  const of = (file: ComposeFile): Finding[] => {
    let f = found.get(file)
    if (!f) {
      // A file holding one service (Harden's small files) is analysed with its reads recorded, for `after`.
      f = file.services.length === 1 && !file.errors.length ? merged(tracked(file, file.services[0].name)) : analyze(file, rules)
      found.set(file, f)
    }
    return f
  }
  const tracked = (file: ComposeFile, name: string): RuleRun[] => {
    let r = runs.get(file)
    if (!r) {
      r = rules.map((rule) => track(file, name, rule))
      runs.set(file, r)
      if (!found.has(file)) found.set(file, merged(r))
    }
    return r
  }
  const after = (prev: ComposeFile, next: ComposeFile, name: string, changed: ReadonlySet<string>): Finding[] => {
    const known = found.get(next)
    if (known) return known
    if (prev.services.length !== 1 || next.services.length !== 1 || next.errors.length) return of(next)
    const before = tracked(prev, name)
    const now = before.map((run, i) => (run.reads && ![...changed].some((k) => run.reads?.has(k)) ? run : track(next, name, rules[i])))
    runs.set(next, now)
    const f = merged(now)
    found.set(next, f)
    return f
  }
  return { of, after }
}

/** analyze's order: all rules' findings sorted together (a stable sort, so ties keep the rules' order). */
const merged = (runs: readonly RuleRun[]): Finding[] => runs.flatMap((r) => r.findings).sort(compareFindings)

/** The rule run over the file with the service's reads recorded: its data, locate, itemPath, inheritedKeys. */
function track(file: ComposeFile, name: string, rule: Rule): RuleRun {
  const service = file.services.find((s) => s.name === name)
  if (!service || file.services.length !== 1) return { findings: analyze(file, [rule]), reads: null }
  const reads = new Set<string>()
  let all = false
  const key = (k: string | symbol) => {
    if (typeof k === 'string') reads.add(k)
  }
  const watched = <T extends object>(target: T): T =>
    new Proxy(target, {
      get: (t, k, r) => (key(k), Reflect.get(t, k, r)),
      has: (t, k) => (key(k), Reflect.has(t, k)),
      getOwnPropertyDescriptor: (t, k) => (key(k), Reflect.getOwnPropertyDescriptor(t, k)),
      ownKeys: (t) => ((all = true), Reflect.ownKeys(t)),
    })
  const data = watched(service.data)
  const inherited = service.inheritedKeys
  const view: ServiceView = {
    name: service.name,
    keyPos: service.keyPos,
    data,
    locate: (path: YamlPath): Located | undefined => {
      if (typeof path[0] === 'string') reads.add(path[0])
      else all = true
      return service.locate(path)
    },
    itemPath: (k: string, index: number) => (reads.add(k), service.itemPath(k, index)),
    get inheritedKeys() {
      all ||= inherited.size > 0
      return inherited
    },
  }
  const raw = (file.data?.services as Record<string, unknown> | undefined)?.[name]
  const services = new Proxy((file.data?.services ?? {}) as Record<string, unknown>, {
    get: (t, k, r) => (k === name && raw !== null && typeof raw === 'object' ? watched(raw) : ((all ||= typeof k === 'string'), Reflect.get(t, k, r))),
    has: (t, k) => ((all ||= k !== name), Reflect.has(t, k)),
    getOwnPropertyDescriptor: (t, k) => ((all ||= k !== name), Reflect.getOwnPropertyDescriptor(t, k)),
    ownKeys: (t) => ((all = true), Reflect.ownKeys(t)),
  })
  // Top-level keys other than `services` never change while services are hardened on their own: reading them is free.
  const fileData = file.data && new Proxy(file.data, { get: (t, k, r) => (k === 'services' ? services : Reflect.get(t, k, r)) })
  const watchedFile = new Proxy(file, {
    get: (t, k, r) => {
      if (k === 'services') return [view]
      if (k === 'data') return fileData
      if (k === 'doc' || k === 'text' || k === 'lineCounter') all = true
      return Reflect.get(t, k, r)
    },
  })
  const findings = analyze(watchedFile, [rule])
  return { findings, reads: all ? null : reads }
}
