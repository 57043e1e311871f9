// analyze is deterministic: the same file always gives the same findings in the same order.
import type { ComposeFile, ServiceView } from '../compose/types'
import { formatMessage } from './define-rule'
import type { Finding, ReportDescriptor, Rule, Severity } from './types'
import { SEVERITIES } from './types'
import { RULES } from './registry'

export function analyze(file: ComposeFile, rules: readonly Rule[] = RULES): Finding[] {
  if (file.errors.length) return []
  const findings = runRules(file, rules)
  const later = rules.filter((r) => r.checkFindings)
  if (later.length) {
    // Rules about findings see every other registered rule's findings, also when only they were asked for.
    const missing = RULES.filter((r) => !r.checkFindings && !rules.includes(r))
    const own = findings.slice()
    let all: readonly Finding[] | undefined
    const others = () => (all ??= missing.length ? [...own, ...runRules(file, missing)] : own)
    for (const rule of later) {
      rule.checkFindings?.({ file, findings: others, ruleIds: ruleIds(), report: (d) => findings.push(build(rule, d, null, d.pos.line, d.pos.column, '')) })
    }
  }
  return findings.sort(compareFindings)
}

let ids: ReadonlySet<string> | undefined
const ruleIds = () => (ids ??= new Set(RULES.map((r) => r.id)))

function runRules(file: ComposeFile, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    if (rule.checkFile) {
      rule.checkFile({
        file,
        report: (d) => findings.push(build(rule, d, null, d.pos.line, d.pos.column, '')),
      })
    }
    if (!rule.checkService) continue
    for (const service of file.services) {
      rule.checkService({ file, service, report: (d) => findings.push(serviceFinding(rule, service, d)) })
    }
  }
  return findings
}

function serviceFinding(rule: Rule, service: ServiceView, d: ReportDescriptor): Finding {
  const located = d.at ? service.locate(d.at) : undefined
  if (located && located.origin === 'own') return build(rule, d, service.name, located.pos.line, located.pos.column, '')
  let suffix = ''
  if (located?.origin === 'merge' && located.anchor) suffix = ` (inherited from anchor &${located.anchor})`
  else if (located?.origin === 'merge') suffix = ' (inherited through a merge key)'
  else if (located?.origin === 'extends') suffix = ` (inherited from service "${located.from}" via extends)`
  return build(rule, d, service.name, service.keyPos.line, service.keyPos.column, suffix)
}

function build(rule: Rule, d: ReportDescriptor, service: string | null, line: number, column: number, suffix: string): Finding {
  const template = rule.messages[d.messageId]
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown message id ${d.messageId}`)
  const finding: Finding = {
    ruleId: rule.id,
    severity: d.severity ?? rule.severity,
    service,
    messageId: d.messageId,
    message: formatMessage(template, d.data) + suffix,
    line,
    column,
    fix: d.fix ?? rule.fix,
  }
  if (d.at) finding.at = d.at
  if (d.data) finding.data = d.data
  return finding
}

const rank = (s: Severity) => SEVERITIES.indexOf(s)

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || rank(a.severity) - rank(b.severity)
    || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
    || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
}
