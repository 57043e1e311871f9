// What the Markdown and HTML reports both show, in the same order: one reading of a Report, so the two never disagree.
import { RULE_BY_ID } from '../rules/registry'
import type { ChecklistEntry, ChecklistStatus } from '../scoring/checklist'
import type { Report, ReportFinding } from '../scoring/report'

export const STATUS_LABEL: Readonly<Record<ChecklistStatus, string>> = {
  pass: 'Pass', fail: 'Fail', waived: 'Waived', consider: 'Consider', 'n/a': 'N/A', manual: 'To do',
}

export interface FindingRow {
  finding: ReportFinding
  title: string
  /** What the fix does (the rule's fix text), or how to fix it by hand. */
  fix: string
}

export interface ReportParts {
  name: string
  scoreLine: string
  checklist: Array<{ group: string; entries: ChecklistEntry[] }>
  findings: FindingRow[]
  waived: FindingRow[]
  errors: string[]
}

const FIX_WORD = { safe: 'Automatic fix (safe)', unsafe: 'Automatic fix (review first)', none: 'Fix by hand' } as const

function row(finding: ReportFinding): FindingRow {
  const rule = RULE_BY_ID.get(finding.ruleId)
  const how = rule?.fixDescription ?? rule?.description ?? ''
  return { finding, title: rule?.title ?? finding.ruleId, fix: how ? `${FIX_WORD[finding.fix]}: ${how}` : FIX_WORD[finding.fix] }
}

export function reportParts(report: Report, name: string): ReportParts {
  const s = report.score
  const scoreLine = s
    ? `${s.value}/100, grade ${s.grade} (mean ${s.mean}; weakest: ${s.weakest.join(', ')})`
    : report.noScoreReason ?? 'No score.'
  const groups = new Map<string, ChecklistEntry[]>()
  for (const e of report.checklist) groups.set(e.group, [...(groups.get(e.group) ?? []), e])
  return {
    name,
    scoreLine,
    checklist: [...groups].map(([group, entries]) => ({ group, entries })),
    findings: report.findings.filter((f) => !f.waived).map(row),
    waived: report.findings.filter((f) => f.waived).map(row),
    errors: report.errors.map((e) => `line ${e.line}, column ${e.column}: ${e.message}`),
  }
}

export const where = (f: ReportFinding) => `${f.service === null ? 'file' : f.service}, line ${f.line}`
