// The findings list's view of the findings: by service (document order, file-level ones last), then by severity,
// worst first; the engine's order within a severity.
import type { Finding, Severity } from '../rules/types'
import { SEVERITIES } from '../rules/types'

export interface SeverityGroup {
  severity: Severity
  findings: Finding[]
}

/** The findings about one service (service null: about the whole file), by severity, worst first. */
export interface ServiceFindings {
  service: string | null
  count: number
  severities: SeverityGroup[]
}

/** Groups findings by service (document order, file-level ones last), then by severity; engine order inside. */
export function groupFindings(findings: readonly Finding[], serviceOrder: readonly string[]): ServiceFindings[] {
  const byService = new Map<string | null, Finding[]>()
  for (const name of serviceOrder) byService.set(name, [])
  for (const f of findings) {
    const list = byService.get(f.service) ?? []
    byService.set(f.service, list)
    list.push(f)
  }
  const groups: ServiceFindings[] = []
  for (const [service, list] of byService) {
    if (list.length === 0) continue
    const severities = SEVERITIES.map((severity) => ({ severity, findings: list.filter((f) => f.severity === severity) })).filter(
      (g) => g.findings.length > 0,
    )
    groups.push({ service, count: list.length, severities })
  }
  // File-level findings (`include:`) after the services.
  return groups.sort((a, b) => Number(a.service === null) - Number(b.service === null))
}
