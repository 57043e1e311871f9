// Checklist status is derived only from findings (minus waivers), the file's services and the user's manual ticks.
import type { ComposeFile } from '../compose/types'
import type { ChecklistItemId, Finding } from '../rules/types'
import { CHECKLIST_ITEMS } from './checklist-items'
import type { ChecklistGroup, ChecklistItemDef } from './checklist-items'
import { waivedMarks } from './waivers'
import type { WaivedMark, Waiver } from './waivers'

export { CHECKLIST_ITEMS }
export type { ChecklistGroup, ChecklistItemDef }

/**
 * 'consider': only advice (info findings, such as consider-mac-profile) speaks against the item. It is shown as advice,
 * never as a failure, and never counts among the failing items. 'waived': only waived findings speak against it (the
 * user recorded why they do not apply); it does not fail either.
 */
export type ServiceItemStatus = 'pass' | 'fail' | 'waived' | 'consider' | 'n/a' | 'manual'
export type ChecklistStatus = ServiceItemStatus

export interface ServiceItemResult {
  name: string
  status: ServiceItemStatus
  /** Why it fails (or, for 'consider', what is advised): the deciding rules that fired, or the checklist's own reason. */
  reasons: string[]
  /** Deciding rules whose findings on this service are all waived (they would fail the item otherwise), with the reason. */
  waived: Array<{ ruleId: string; reason: string }>
}

export interface ChecklistEntry {
  id: ChecklistItemId
  group: ChecklistGroup
  item: string
  status: ChecklistStatus
  /** Services that fail the item, in document order. */
  failing: string[]
  services: ServiceItemResult[]
}

export interface ChecklistOptions {
  waivers?: readonly Waiver[]
  /** Manual items the user has ticked: reported as 'pass'. */
  ticked?: Iterable<ChecklistItemId>
}

/**
 * Per item: 'fail' when any service fails it, else 'waived' when only waived findings speak against it for some service,
 * else 'consider' when only advice (info findings) does, else 'pass' when any service passes it, else 'n/a' (no service
 * it applies to). Manual items are 'manual' until ticked, then 'pass'.
 */
export function evaluateChecklist(file: ComposeFile, findings: ReadonlyArray<Finding & { waived?: WaivedMark }>, options: ChecklistOptions = {}): ChecklistEntry[] {
  const ticked = new Set(options.ticked ?? [])
  // Findings from a report carry their marks; others are matched against the file's waivers here.
  const marks = findings.some((f) => f.waived) ? findings.map((f) => f.waived) : waivedMarks(file, findings, options.waivers)
  // service -> rule -> the reason when every finding of that rule on the service is waived, else false
  const fired = new Map<string, Map<string, string | false>>()
  // service -> rules with an unwaived finding above info: those fail an item; info findings alone only advise.
  const serious = new Map<string, Set<string>>()
  findings.forEach((f, i) => {
    if (f.service === null) return
    const rules = fired.get(f.service) ?? new Map<string, string | false>()
    fired.set(f.service, rules)
    const mark = marks[i]
    const so = rules.get(f.ruleId)
    rules.set(f.ruleId, so === false || !mark ? false : (so ?? mark.reason))
    if (!mark && f.severity !== 'info') serious.set(f.service, (serious.get(f.service) ?? new Set()).add(f.ruleId))
  })
  return CHECKLIST_ITEMS.map((def) => {
    const services = file.services.map((s): ServiceItemResult => {
      if (def.manual) return { name: s.name, status: ticked.has(def.id) ? 'pass' : 'manual', reasons: [], waived: [] }
      const rules = fired.get(s.name)
      const reasons = def.decidedBy.filter((id) => rules?.get(id) === false)
      const waived = def.decidedBy.flatMap((ruleId) => {
        const reason = rules?.get(ruleId)
        return typeof reason === 'string' ? [{ ruleId, reason }] : []
      })
      const extra = def.alsoFails?.(s)
      const fails = extra !== undefined || reasons.some((id) => serious.get(s.name)?.has(id))
      if (extra) reasons.push(extra)
      // A deciding rule that fires has the last word, even where the item would otherwise not apply.
      if (reasons.length) return { name: s.name, status: fails ? 'fail' : 'consider', reasons, waived }
      if (waived.length) return { name: s.name, status: 'waived', reasons, waived }
      const applies = def.appliesTo ? def.appliesTo(s, file) : true
      return { name: s.name, status: applies ? 'pass' : 'n/a', reasons, waived }
    })
    return { id: def.id, group: def.group, item: def.title, status: overall(def, services, ticked), failing: services.filter((s) => s.status === 'fail').map((s) => s.name), services }
  })
}

function overall(def: ChecklistItemDef, services: readonly ServiceItemResult[], ticked: ReadonlySet<ChecklistItemId>): ChecklistStatus {
  if (def.manual) return ticked.has(def.id) ? 'pass' : 'manual'
  if (services.some((s) => s.status === 'fail')) return 'fail'
  if (services.some((s) => s.status === 'waived')) return 'waived'
  if (services.some((s) => s.status === 'consider')) return 'consider'
  if (services.some((s) => s.status === 'pass')) return 'pass'
  return 'n/a'
}
