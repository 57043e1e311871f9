// The analysis as Markdown: score, per-service grades, checklist, findings (line and fix) and waivers (with reasons).
// Pure; values the user wrote go through `md` so that a name or message cannot open a table cell or a link.
import type { Report } from '../scoring/report'
import { reportParts, STATUS_LABEL, where } from './report-parts'
import type { FindingRow } from './report-parts'

/**
 * Escapes what Markdown would read as markup outside `code` spans (the messages write keys that way; inside a span an
 * escape would show), and keeps a value on one line. A stray backtick is escaped like the rest.
 */
export function md(text: string): string {
  const parts = text.replace(/\s*\n\s*/g, ' ').split(/(`[^`\n]+`)/)
  return parts.map((part, i) => (i % 2 === 1 ? part.replaceAll('|', '\\|') : part.replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`))).join('')
}

export function reportMarkdown(report: Report, name: string): string {
  const p = reportParts(report, name)
  const out: string[] = [`# Security report: ${md(p.name)}`, '', `**Score:** ${md(p.scoreLine)}`, '']
  if (p.errors.length) out.push('## Errors', '', ...p.errors.map((e) => `- ${md(e)}`), '')
  if (report.services.length) {
    out.push('## Services', '', '| Service | Score | Grade |', '| --- | ---: | :---: |')
    for (const s of report.services) out.push(`| ${md(s.name)} | ${s.score} | ${s.grade} |`)
    out.push('')
  }
  if (p.checklist.length) {
    out.push('## Checklist', '')
    for (const { group, entries } of p.checklist) {
      out.push(`### ${md(group)}`, '')
      for (const e of entries) {
        const failing = e.failing.length ? ` (${e.failing.map(md).join(', ')})` : ''
        out.push(`- [${e.status === 'pass' ? 'x' : ' '}] **${STATUS_LABEL[e.status]}**: ${md(e.item)}${failing}`)
      }
      out.push('')
    }
  }
  out.push(`## Findings (${p.findings.length})`, '')
  if (p.findings.length === 0) out.push('No findings.', '')
  for (const r of p.findings) out.push(...finding(r), '')
  if (p.waived.length) {
    out.push(`## Waivers (${p.waived.length})`, '')
    for (const r of p.waived) {
      const w = r.finding.waived!
      out.push(`- \`${r.finding.ruleId}\` on ${md(where(r.finding))}: ${md(w.reason)} (waiver on line ${w.line})`)
    }
    out.push('')
  }
  return `${out.join('\n').trimEnd()}\n`
}

function finding({ finding: f, title, fix }: FindingRow): string[] {
  return [
    `### ${f.severity.toUpperCase()} \`${f.ruleId}\`: ${md(title)}`,
    '',
    `- **Where:** ${md(where(f))}, column ${f.column}`,
    `- **What:** ${md(f.message)}`,
    `- **Fix:** ${md(fix)}`,
  ]
}
