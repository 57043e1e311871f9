// The analysis as one self-contained HTML page: inline CSS, no script, no external resource (its Content-Security-Policy
// forbids loading anything), so it opens offline and shows the same as the Markdown. Every value is HTML-escaped.
import type { Report } from '../scoring/report'
import { reportParts, STATUS_LABEL, where } from './report-parts'
import type { FindingRow } from './report-parts'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])
/** Escaped, with the `code` spans the rules' messages write shown as code. */
const prose = (text: string) => esc(text).replace(/`([^`]+)`/g, '<code>$1</code>')

const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#0f172a;--muted:#475569;--line:#e2e8f0;--card:#f8fafc;--fail:#be123c;--pass:#047857;--waived:#6d28d9;--info:#0369a1}
@media (prefers-color-scheme:dark){:root{--bg:#0f172a;--fg:#f1f5f9;--muted:#94a3b8;--line:#334155;--card:#1e293b;--fail:#fb7185;--pass:#34d399;--waived:#c4b5fd;--info:#7dd3fc}}
body{margin:0 auto;max-width:60rem;padding:2rem 1.25rem;background:var(--bg);color:var(--fg);font:14px/1.5 system-ui,sans-serif}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.25rem}h3{font-size:.95rem;margin:1rem 0 .25rem}
.score{display:flex;gap:1rem;align-items:baseline;padding:1rem;border:1px solid var(--line);border-radius:.75rem;background:var(--card)}
.value{font-size:2.25rem;font-weight:700}.grade{font-size:1.5rem;font-weight:700}.muted{color:var(--muted)}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line)}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
ul{padding-left:1.25rem}code{font:12px ui-monospace,monospace}
.status{display:inline-block;min-width:4.5rem;font-weight:700;font-size:11px;text-transform:uppercase}
.fail,.critical,.high{color:var(--fail)}.pass{color:var(--pass)}.waived{color:var(--waived)}.consider,.info,.low,.medium{color:var(--info)}
.finding{border:1px solid var(--line);border-radius:.5rem;padding:.5rem .75rem;margin:.5rem 0;background:var(--card)}.finding p{margin:.2rem 0}
`

export function reportHtml(report: Report, name: string): string {
  const p = reportParts(report, name)
  const s = report.score
  const body: string[] = [
    `<h1>Security report: <code>${esc(p.name)}</code></h1>`,
    s
      ? `<section class="score" aria-label="Score"><span class="value" data-score>${s.value}</span><span class="muted">/100</span><span class="grade">Grade ${s.grade}</span><span class="muted">mean ${s.mean}; weakest: ${esc(s.weakest.join(', '))}</span></section>`
      : `<section class="score" aria-label="Score"><span>${esc(p.scoreLine)}</span></section>`,
  ]
  if (p.errors.length) body.push('<h2>Errors</h2>', list(p.errors.map(esc)))
  if (report.services.length) {
    const rows = report.services.map((x) => `<tr><td><code>${esc(x.name)}</code></td><td class="num">${x.score}</td><td>${x.grade}</td></tr>`)
    body.push('<h2>Services</h2>', `<table><thead><tr><th>Service</th><th class="num">Score</th><th>Grade</th></tr></thead><tbody>${rows.join('')}</tbody></table>`)
  }
  if (p.checklist.length) {
    body.push('<h2>Checklist</h2>')
    for (const { group, entries } of p.checklist) {
      body.push(`<h3>${esc(group)}</h3>`, list(entries.map((e) => {
        const failing = e.failing.length ? ` <span class="muted">(${esc(e.failing.join(', '))})</span>` : ''
        return `<span class="status ${e.status === 'n/a' ? 'na' : e.status}">${STATUS_LABEL[e.status]}</span> ${esc(e.item)}${failing}`
      })))
    }
  }
  body.push(`<h2>Findings (${p.findings.length})</h2>`, p.findings.length ? p.findings.map(finding).join('\n') : '<p>No findings.</p>')
  if (p.waived.length) {
    body.push(`<h2>Waivers (${p.waived.length})</h2>`, list(p.waived.map((r) => {
      const w = r.finding.waived!
      return `<code>${esc(r.finding.ruleId)}</code> on ${esc(where(r.finding))}: ${esc(w.reason)} <span class="muted">(waiver on line ${w.line})</span>`
    })))
  }
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Security report: ${esc(p.name)}</title>`,
    `<style>${CSS.trim()}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`

function finding({ finding: f, title, fix }: FindingRow): string {
  return [
    '<div class="finding">',
    `<p><strong class="${f.severity}">${f.severity.toUpperCase()}</strong> <code>${esc(f.ruleId)}</code> ${esc(title)} <span class="muted">(${esc(where(f))}, column ${f.column})</span></p>`,
    `<p>${prose(f.message)}</p>`,
    `<p class="muted">${prose(fix)}</p>`,
    '</div>',
  ].join('')
}
