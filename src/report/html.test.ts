import { describe, expect, it } from 'vitest'
import { reportForText } from '../scoring/report'
import { esc, reportHtml } from './html'
import { REPORT_TEXT } from './report-fixture'

const report = reportForText(REPORT_TEXT).report
const page = reportHtml(report, 'compose.yaml')

describe('reportHtml', () => {
  it('is one page that loads nothing: no script, no URL, no src or href, a policy that forbids loading', () => {
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/)
    expect(page).not.toMatch(/<script|https?:|\/\/[a-z]|\bsrc=|\bhref=|@import|url\(/i)
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
  })

  it('shows the score and grade, and each service\'s', () => {
    expect(page).toContain(`<span class="value" data-score>${report.score!.value}</span>`)
    expect(page).toContain('<span class="grade">Grade F</span>')
    for (const s of report.services) expect(page).toContain(`<tr><td><code>${s.name}</code></td><td class="num">${s.score}</td><td>${s.grade}</td></tr>`)
  })

  it('has the checklist, the findings with lines and fixes, and the waivers with reasons', () => {
    expect(page).toContain('<span class="status fail">Fail</span> Never use privileged mode in production <span class="muted">(web)</span>')
    expect(page).toContain('<code>no-privileged</code> Never run privileged containers <span class="muted">(web, line 4, column 5)</span>')
    expect(page).toContain('Automatic fix (review first): Removes <code>privileged: true</code>')
    expect(page).toContain('<h2>Waivers (1)</h2>\n<ul><li><code>require-port-host-ip</code> on web, line 5: public reverse proxy')
  })

  it('escapes what the file says, so a service name cannot write markup', () => {
    const evil = reportHtml(reportForText('services:\n  "<img src=x onerror=alert(1)>":\n    image: a\n').report, '<b>.yaml')
    expect(evil).not.toContain('<img')
    expect(evil).not.toContain('<b>')
    expect(evil).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(esc(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;')
  })
})
