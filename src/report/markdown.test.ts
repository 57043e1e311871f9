import { describe, expect, it } from 'vitest'
import { reportForText } from '../scoring/report'
import { md, reportMarkdown } from './markdown'
import { REPORT_TEXT } from './report-fixture'

const report = reportForText(REPORT_TEXT).report
const out = reportMarkdown(report, 'compose.yaml')
const lines = out.split('\n')

describe('reportMarkdown', () => {
  it('has the sections in order: score, services, checklist, findings, waivers', () => {
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Services', '## Checklist', `## Findings (${report.findings.length - 1})`, '## Waivers (1)'])
    expect(lines.slice(0, 3)).toEqual(['# Security report: compose.yaml', '', `**Score:** ${report.score!.value}/100, grade F (mean ${report.score!.mean}; weakest: web)`])
  })

  it('gives each service its score and grade in a table', () => {
    const table = lines.slice(lines.indexOf('## Services') + 2, lines.indexOf('## Services') + 6)
    expect(table).toEqual(['| Service | Score | Grade |', '| --- | ---: | :---: |', `| web | ${report.services[0].score} | F |`, `| db | ${report.services[1].score} | ${report.services[1].grade} |`])
  })

  it('lists the checklist by group, ticked when it passes, with the failing services', () => {
    expect(out).toContain('### Security options\n\n- [x] **Pass**: Enable seccomp (default profile minimum)')
    expect(out).toContain('- [ ] **Fail**: Never use privileged mode in production (web)')
    expect(out).toContain('- [ ] **Waived**: Bind to localhost for development')
  })

  it('gives each finding its rule, line and fix', () => {
    const at = lines.indexOf('### CRITICAL `no-privileged`: Never run privileged containers')
    expect(at).toBeGreaterThan(0)
    expect(lines.slice(at + 2, at + 5)).toEqual([
      '- **Where:** web, line 4, column 5',
      `- **What:** ${md(report.findings.find((f) => f.ruleId === 'no-privileged')!.message)}`,
      expect.stringMatching(/^- \*\*Fix:\*\* Automatic fix \(review first\): Removes `privileged: true`/),
    ])
  })

  it('lists waived findings with their reason and the waiver\'s line, apart from the findings', () => {
    expect(lines.at(-2)).toBe('- `require-port-host-ip` on web, line 5: public reverse proxy (waiver on line 5)')
    expect(out.indexOf('require-port-host-ip')).toBeGreaterThan(out.indexOf('## Waivers'))
  })

  it('keeps code spans and escapes markup elsewhere, so a value cannot open a cell or a link', () => {
    expect(md('`cap_drop` is not set | [x](y) *z*')).toBe('`cap_drop` is not set \\| \\[x\\](y) \\*z\\*')
    expect(md('a\n  b')).toBe('a b')
  })

  it('says why there is no score, and the parse error with its line', () => {
    const bad = reportMarkdown(reportForText('services:\n  web:\n    image: a\n    image: b\n').report, 'bad.yaml')
    expect(bad).toMatch(/^# Security report: bad.yaml\n\n\*\*Score:\*\* The file cannot be analysed \(line 4, column 5\)/)
    expect(bad).toContain('## Errors\n\n- line 4, column 5:')
    expect(bad).toContain('## Findings (0)\n\nNo findings.')
  })
})
