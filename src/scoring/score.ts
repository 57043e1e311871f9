// Scores are pure arithmetic on findings: max(0, 100 − Σ weights), each rule counted once per service at its worst severity.
import type { Finding, Severity } from '../rules/types'
import { SEVERITIES } from '../rules/types'

export type Grade = 'A' | 'B' | 'C' | 'D' | 'F'

export const WEIGHTS: Readonly<Record<Severity, number>> = { critical: 40, high: 15, medium: 7, low: 3, info: 0 }

export interface ServiceScore {
  name: string
  score: number
  grade: Grade
  /** The counted findings' rules with the severity each was counted at, sorted by rule id. */
  counted: Array<{ ruleId: string; severity: Severity; weight: number }>
}

export interface FileScore {
  /** The lowest service score: the weakest service decides. */
  value: number
  grade: Grade
  /** Mean of the service scores, rounded to an integer. */
  mean: number
  /** The service(s) with the lowest score, in document order. */
  weakest: string[]
}

export function gradeFor(score: number, hasCritical = false): Grade {
  if (hasCritical) return 'F'
  if (score >= 90) return 'A'
  if (score >= 80) return 'B'
  if (score >= 70) return 'C'
  if (score >= 60) return 'D'
  return 'F'
}

const worse = (a: Severity, b: Severity): Severity => (SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b)

/**
 * One service's score from the findings that count (callers leave out waived ones).
 * Findings of other services and file-level findings (service null) are ignored.
 */
export function scoreService(name: string, findings: readonly Finding[]): ServiceScore {
  const worst = new Map<string, Severity>()
  for (const f of findings) {
    if (f.service !== name) continue
    const prev = worst.get(f.ruleId)
    worst.set(f.ruleId, prev ? worse(prev, f.severity) : f.severity)
  }
  const counted = [...worst].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ruleId, severity]) => ({ ruleId, severity, weight: WEIGHTS[severity] }))
  const score = Math.max(0, 100 - counted.reduce((sum, c) => sum + c.weight, 0))
  return { name, score, grade: gradeFor(score, counted.some((c) => c.severity === 'critical')), counted }
}

/** The file's score from its service scores; null when there are no services (the caller says why). */
export function scoreFile(services: readonly ServiceScore[]): FileScore | null {
  if (services.length === 0) return null
  const value = Math.min(...services.map((s) => s.score))
  const mean = Math.round(services.reduce((sum, s) => sum + s.score, 0) / services.length)
  const anyCritical = services.some((s) => s.counted.some((c) => c.severity === 'critical'))
  return { value, grade: gradeFor(value, anyCritical), mean, weakest: services.filter((s) => s.score === value).map((s) => s.name) }
}
