// The findings of each text Harden goes through, analysed once; a service whose keys change without being written is
// re-analysed only for the rules that read one of those keys (what a rule reads is recorded while it runs).
import type { ComposeFile, Located, ServiceView, YamlPath } from '../compose/types'
import { analyze, compareFindings } from '../rules/engine'
import { RULES } from '../rules/registry'
import type { Finding, Rule } from '../rules/types'

export interface FindingsMemo {
  /** The file's findings, analysed once per file object (a file read as a view: its view's findings). */
  of(file: ComposeFile): Finding[]
  /**
   * A file holding one service, read for that service alone (Harden's views of a service): the rules are run one by
   * one with what they read recorded, for `after`; rules about other rules' findings are left out (what they find
   * belongs to no service and never counts in a score).
   */
  view(file: ComposeFile): Finding[]
  /**
   * The view of `next`, which reads exactly as the view `prev` but for the service's keys `changed`: a rule that read
   * none of them in `prev` finds there what it found in `prev` (the positions of what it keeps are `prev`'s, which only a
   * written change would move).
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
  const perService = rules.filter((r) => !r.checkFindings)
  const of = (file: ComposeFile): Finding[] => {
    let f = found.get(file)
    if (!f) {
      f = analyze(file, rules)
      found.set(file, f)
    }
    return f
  }
  const tracked = (file: ComposeFile): RuleRun[] => {
    let r = runs.get(file)
    if (!r) {
      const name = file.services.length === 1 ? file.services[0].name : undefined
      r = perService.map((rule) => track(file, name, rule))
      runs.set(file, r)
      if (!found.has(file)) found.set(file, merged(r))
    }
    return r
  }
  const view = (file: ComposeFile): Finding[] => {
    tracked(file)
    return of(file)
  }
  const after = (prev: ComposeFile, next: ComposeFile, name: string, changed: ReadonlySet<string>): Finding[] => {
    if (runs.has(next)) return of(next)
    const before = tracked(prev)
    if (next.services.length !== 1 || next.services[0].name !== name) return view(next)
    const now = before.map((run, i) => (run.reads && ![...changed].some((k) => run.reads?.has(k)) ? run : track(next, name, perService[i])))
    runs.set(next, now)
    found.set(next, merged(now))
    return of(next)
  }
  return { of, view, after }
}

/** analyze's order: all rules' findings sorted together (a stable sort, so ties keep the rules' order). */
const merged = (runs: readonly RuleRun[]): Finding[] => runs.flatMap((r) => r.findings).sort(compareFindings)

/** The rule run over the file with the service's reads recorded: its data, locate, itemPath, inheritedKeys. */
function track(file: ComposeFile, name: string | undefined, rule: Rule): RuleRun {
  const service = file.services.find((s) => s.name === name)
  if (!service || name === undefined || file.services.length !== 1 || file.errors.length) return { findings: analyze(file, [rule]), reads: null }
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
