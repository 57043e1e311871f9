// SARIF 2.1.0 for GitHub code scanning: every registered rule in tool.driver.rules, one result per finding. Pure: the
// caller says how a path becomes the artifact's URI (the CLI relative to its working directory, the page its file name).
import type { Rule, Severity } from '../rules/types'
import type { FileResult } from './file-result'
import { INFORMATION_URI, VERSION } from './version'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

/** GitHub maps security-severity > 9 to critical, 7–8.9 high, 4–6.9 medium, 0.1–3.9 low. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' }
export const SARIF_LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' }

const FALLBACK_HELP = 'https://docs.docker.com/reference/compose-file/services/'

const pascal = (id: string) => id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')

function sarifRule(rule: Rule) {
  const helpUri = rule.references.find((r) => /^https?:\/\//.test(r)) ?? FALLBACK_HELP
  const refs = rule.references.filter((r) => !/^https?:\/\//.test(r))
  return {
    id: rule.id,
    name: pascal(rule.id),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    helpUri,
    help: { text: [rule.description, rule.fixDescription ? `Fix (${rule.fix}): ${rule.fixDescription}` : '', refs.length ? `References: ${refs.join('; ')}` : ''].filter(Boolean).join('\n\n') },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: { 'security-severity': SECURITY_SEVERITY[rule.severity], tags: ['security', 'docker-compose'], precision: 'very-high' },
  }
}

export function formatSarif(results: readonly FileResult[], options: { uri(path: string): string; rules: readonly Rule[] }): string {
  const index = new Map(options.rules.map((r, i) => [r.id, i]))
  const region = (line?: number, column?: number) => ({ startLine: line ?? 1, startColumn: column ?? 1 })
  const location = (path: string, line?: number, column?: number) => ({
    physicalLocation: { artifactLocation: { uri: options.uri(path) }, region: region(line, column) },
  })
  const results2 = results.flatMap((r) => (r.report?.findings ?? []).map((f) => ({
    ruleId: f.ruleId,
    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
    level: SARIF_LEVEL[f.severity],
    message: { text: f.service ? `${f.message} (service "${f.service}")` : f.message },
    locations: [location(r.path, f.line, f.column)],
    properties: { severity: f.severity, service: f.service, fix: f.fix },
    // A waiver is a comment in the file: an in-source suppression, which code scanning shows as dismissed.
    ...(f.waived ? { suppressions: [{ kind: 'inSource', justification: f.waived.reason }] } : {}),
  })))
  const failures = results.flatMap((r) => (r.error ? [{ path: r.path, error: r.error }] : []))
  const run = {
    tool: { driver: { name: 'secure-compose', informationUri: INFORMATION_URI, version: VERSION, semanticVersion: VERSION, rules: options.rules.map(sarifRule) } },
    // yaml's columns count UTF-16 code units.
    columnKind: 'utf16CodeUnits',
    invocations: [{
      executionSuccessful: failures.length === 0,
      toolExecutionNotifications: failures.map(({ path, error }) => ({
        level: 'error', message: { text: error.message }, locations: [location(path, error.line, error.column)],
      })),
    }],
    results: results2,
  }
  return `${JSON.stringify({ $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] }, null, 2)}\n`
}
