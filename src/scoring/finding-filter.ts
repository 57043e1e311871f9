// The findings list's filters (severity, service, search) and its grouping by rule: many services failing the same
// rule read as one group, worst severity first, with how many of them a safe fix covers.
import type { Finding, Severity } from '../rules/types'
import { SEVERITIES } from '../rules/types'

export interface FindingFilter {
  severity: Severity | 'all'
  service: string | 'all'
  /** Words to find in the rule id, the rule's title, the message or the service (any case). */
  query: string
}

export const NO_FILTER: FindingFilter = { severity: 'all', service: 'all', query: '' }

export const isFiltered = (f: FindingFilter) => f.severity !== 'all' || f.service !== 'all' || f.query.trim() !== ''

/** The findings that pass the filter, in their order. `titleOf` gives a rule's title for the search. */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter, titleOf: (ruleId: string) => string = () => ''): Finding[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean)
  return findings.filter((f) => {
    if (filter.severity !== 'all' && f.severity !== filter.severity) return false
    if (filter.service !== 'all' && f.service !== filter.service) return false
    if (words.length === 0) return true
    const text = `${f.ruleId} ${titleOf(f.ruleId)} ${f.message} ${f.service ?? ''}`.toLowerCase()
    return words.every((w) => text.includes(w))
  })
}

export interface RuleFindings {
  ruleId: string
  /** The worst severity among them. */
  severity: Severity
  findings: Finding[]
  /** The services it fires on, in the findings' order. */
  services: string[]
  /** The services whose finding a safe fix removes. */
  safeServices: string[]
}

/** Groups findings by rule: worst severity first, then the rule firing on more findings, then by id. */
export function groupByRule(findings: readonly Finding[]): RuleFindings[] {
  const byRule = new Map<string, Finding[]>()
  for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f])
  const rank = (s: Severity) => SEVERITIES.indexOf(s)
  return [...byRule].map(([ruleId, list]): RuleFindings => {
    const unique = (fs: readonly Finding[]) => [...new Set(fs.map((f) => f.service).filter((s): s is string => s !== null))]
    return {
      ruleId,
      severity: list.reduce((worst, f) => (rank(f.severity) < rank(worst) ? f.severity : worst), list[0].severity),
      findings: list,
      services: unique(list),
      safeServices: unique(list.filter((f) => f.fix === 'safe')),
    }
  }).sort((a, b) => rank(a.severity) - rank(b.severity) || b.findings.length - a.findings.length || (a.ruleId < b.ruleId ? -1 : 1))
}
