// Terminal output: per file, the path once as a heading, then the findings grouped by service as
// `line:col  severity  rule  message` rows, the checklist's failures and advice, the fixes on offer and the score.
import type { Severity } from '../rules/types'
import { SEVERITIES } from '../rules/types'
import type { Report, ReportFinding } from '../scoring/report'
import type { Grade } from '../scoring/score'
import type { CliResult, SourcedFinding } from './cli-result'
import { resultName } from './cli-result'

const SGR = { reset: '\x1b[0m', bold: '\x1b[1m', dim: '\x1b[2m', red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', cyan: '\x1b[36m', gray: '\x1b[90m' }
const SEVERITY_STYLE: Record<Severity, string> = { critical: SGR.bold + SGR.red, high: SGR.red, medium: SGR.yellow, low: SGR.cyan, info: SGR.gray }
const GRADE_STYLE: Record<Grade, string> = { A: SGR.green, B: SGR.green, C: SGR.yellow, D: SGR.yellow, F: SGR.bold + SGR.red }

export interface TextOptions {
  color: boolean
  /** The config file used, named in a first line. */
  config?: string
}

/** Colour is used when stdout is a terminal, unless NO_COLOR is set (no-color.org); FORCE_COLOR forces it. */
export function useColor(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true
  return isTTY
}

export function formatText(results: readonly CliResult[], options: TextOptions): string {
  const paint = (style: string, s: string) => (options.color ? `${style}${s}${SGR.reset}` : s)
  const out: string[] = options.config ? [paint(SGR.dim, `Config: ${options.config}`), ''] : []
  for (const r of results) {
    if (!r.report || r.error) continue // reported on stderr
    // `fix` rewrites one file as written: it is offered only for a result that is exactly one file.
    const single = !r.sources && !r.document && !r.report.findings.some((f) => (f as SourcedFinding).file)
    out.push(...fileBlock(resultName(r), r.report, paint, single ? (r.path === '-' ? '<stdin>' : r.path) : undefined), '')
  }
  return out.join('\n')
}

type Paint = (style: string, s: string) => string

function fileBlock(name: string, report: Report, paint: Paint, fixName: string | undefined): string[] {
  const lines = [paint(SGR.bold, name)]
  // A finding written in another file (an override, an include) names that file.
  const at = (f: ReportFinding) => `${(f as SourcedFinding).file ? `${(f as SourcedFinding).file}:` : ''}${f.line}:${f.column}`
  const width = Math.max(0, ...report.findings.map((f) => at(f).length))
  const ruleWidth = Math.max(0, ...report.findings.map((f) => f.ruleId.length))
  const row = (f: ReportFinding) => {
    const where = at(f).padEnd(width)
    const sev = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(8))
    const waived = f.waived ? paint(SGR.dim, ` (waived: ${f.waived.reason})`) : ''
    return `    ${where}  ${sev}  ${paint(SGR.dim, f.ruleId.padEnd(ruleWidth))}  ${f.message}${waived}`
  }
  for (const s of report.services) {
    const own = report.findings.filter((f) => f.service === s.name)
    lines.push(`  ${paint(SGR.bold, s.name)}  ${s.score}/100 ${paint(GRADE_STYLE[s.grade], s.grade)}${own.length ? '' : paint(SGR.dim, '  no findings')}`)
    lines.push(...own.map(row))
  }
  const fileLevel = report.findings.filter((f) => f.service === null)
  if (fileLevel.length) lines.push(`  ${paint(SGR.bold, '(file)')}`, ...fileLevel.map(row))
  lines.push(...checklistLines(report, paint))
  if (fixName !== undefined) lines.push(...fixLines(fixName, report))
  lines.push(scoreLine(report, paint))
  return lines
}

function checklistLines(report: Report, paint: Paint): string[] {
  if (!report.services.length) return []
  const count = (status: string) => report.checklist.filter((c) => c.status === status).length
  const consider = count('consider') ? `, ${count('consider')} to consider` : ''
  const lines = [`  Checklist: ${count('pass')} pass, ${count('fail')} fail${consider}, ${count('n/a')} n/a, ${count('manual')} manual`]
  for (const c of report.checklist.filter((x) => x.status === 'fail')) lines.push(`    ${paint(SGR.red, '✗')} ${c.item}: ${c.failing.join(', ')}`)
  // Advice (only info findings speak against the item) is not a failure.
  for (const c of report.checklist.filter((x) => x.status === 'consider')) {
    const services = c.services.filter((s) => s.status === 'consider').map((s) => s.name)
    lines.push(`    ${paint(SGR.cyan, 'i')} ${c.item}: consider for ${services.join(', ')}`)
  }
  return lines
}

/** How many of the counted findings `secure-compose fix` can fix, and how. */
function fixLines(name: string, report: Report): string[] {
  const counted = report.findings.filter((f) => !f.waived)
  const safe = counted.filter((f) => f.fix === 'safe').length
  const unsafe = counted.filter((f) => f.fix === 'unsafe').length
  if (!safe && !unsafe) return []
  const command = `secure-compose fix ${name === '<stdin>' ? '-' : name}`
  const findings = (n: number) => `${n} finding${n === 1 ? '' : 's'}`
  if (!safe) return [`  Fixes: ${command} --unsafe fixes ${findings(unsafe)} (those fixes may break the workload)`]
  const more = unsafe ? `; with --unsafe, ${unsafe} more (those fixes may break the workload)` : ''
  return [`  Fixes: ${command} fixes ${findings(safe)}${more}`]
}

function scoreLine(report: Report, paint: Paint): string {
  if (!report.score) return `  Score: none. ${report.noScoreReason ?? ''}`
  const counted = report.findings.filter((f) => !f.waived)
  const bySeverity = SEVERITIES.map((s) => [s, counted.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0)
  const tally = bySeverity.length ? ` (${bySeverity.map(([s, n]) => `${n} ${s}`).join(', ')})` : ''
  const { value, grade, mean, weakest } = report.score
  const weak = report.services.length > 1 ? `, weakest: ${weakest.join(', ')}` : ''
  return `  Score: ${paint(SGR.bold, `${value}/100`)} ${paint(GRADE_STYLE[grade], grade)}${weak} · mean ${mean} · ${counted.length} finding${counted.length === 1 ? '' : 's'}${tally}`
}
