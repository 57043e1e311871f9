import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/registry'
import { SEVERITIES } from '../rules/types'
import { reportOnText } from './analyze-input'
import { formatJson } from '../report/format-json'
import { artifactUri, formatSarif, SARIF_LEVEL, SECURITY_SEVERITY } from './format-sarif'
import { formatText, useColor } from './format-text'

const PRIVILEGED = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n  db:\n    image: postgres:16\n'
const ESC = '\u001b['
const web = reportOnText('compose.yaml', PRIVILEGED)
const bad = reportOnText('bad.yaml', 'services:\n  web:\n    image: a\n    image: b\n')

describe('formatJson', () => {
  it('gives one file as the spec object', () => {
    const out = JSON.parse(formatJson([web]))
    expect(Object.keys(out)).toEqual(['score', 'services', 'findings', 'checklist'])
    expect(Object.keys(out.score)).toEqual(['value', 'grade', 'mean'])
    expect(out.score.grade).toBe('F')
    expect(out.services.map((s: { name: string }) => s.name)).toEqual(['web', 'db'])
    expect(Object.keys(out.services[0])).toEqual(['name', 'score', 'grade'])
    const priv = out.findings.find((f: { ruleId: string }) => f.ruleId === 'no-privileged')
    expect(priv).toEqual({ ruleId: 'no-privileged', severity: 'critical', service: 'web', message: expect.any(String), line: 4, column: 5, fix: 'unsafe' })
    expect(out.checklist).toHaveLength(18)
    expect(Object.keys(out.checklist[0])).toEqual(['group', 'item', 'status', 'failing'])
    expect(out.checklist.find((c: { item: string }) => c.item === 'Never use privileged mode in production')).toEqual({
      group: 'Security options', item: 'Never use privileged mode in production', status: 'fail', failing: ['web'],
    })
  })

  it('gives several files as an object keyed by path, a bad one with its error and no score', () => {
    const proto = reportOnText('__proto__', 'services: {}\n')
    const out = JSON.parse(formatJson([web, bad, proto]))
    expect(Object.keys(out)).toEqual(['compose.yaml', 'bad.yaml', '__proto__'])
    expect(out['bad.yaml']).toMatchObject({ score: null, services: [], findings: [], errors: [{ line: 4, column: 5 }] })
    expect(out['bad.yaml'].scoreReason).toMatch(/cannot be analysed/)
    expect(out.__proto__).toMatchObject({ score: null, scoreReason: expect.stringMatching(/nothing to score/) })
  })
})

describe('formatText', () => {
  it('prints the path once as a heading, then `line:col severity rule message` rows by service, the fixes and the score', () => {
    const out = formatText([web], { color: false })
    expect(out).not.toContain(ESC)
    const lines = out.split('\n')
    expect(lines[0]).toBe('compose.yaml')
    expect(lines.filter((l) => l.includes('compose.yaml'))).toEqual(['compose.yaml', expect.stringMatching(/^ {2}Fixes: secure-compose fix compose\.yaml fixes \d+ findings; with --unsafe, \d+ more/)])
    const webAt = lines.findIndex((l) => /^ {2}web {2}0?\d+\/100 F/.test(l))
    const dbAt = lines.findIndex((l) => /^ {2}db {2}\d+\/100/.test(l))
    expect(webAt).toBeGreaterThan(0)
    expect(dbAt).toBeGreaterThan(webAt)
    const priv = lines.findIndex((l) => /^ {4}4:5 +critical +no-privileged +Service runs privileged/.test(l))
    expect(priv).toBeGreaterThan(webAt)
    expect(priv).toBeLessThan(dbAt)
    // Columns line up: every row has its rule id at the same place.
    const rows = lines.filter((l) => /^ {4}\d+:\d+ /.test(l))
    expect(new Set(rows.map((l) => l.search(/ (require|no|consider)-[a-z-]+ /))).size).toBe(1)
    expect(out).toMatch(/✗ Never use privileged mode in production: web/)
    expect(out).toMatch(/i Consider AppArmor\/SELinux profiles: consider for web, db/)
    expect(out).toMatch(/Checklist: \d+ pass, \d+ fail, 1 to consider, \d+ n\/a, 2 manual/)
    expect(out).toMatch(/Score: \d+\/100 F, weakest: web · mean \d+ · \d+ findings \(1 critical/)
  })

  it('marks waived findings', () => {
    const waived = { ...web, report: { ...web.report!, findings: web.report!.findings.map((f) => (f.ruleId === 'no-privileged' ? { ...f, waived: { reason: 'legacy plugin', line: 3 } } : f)) } }
    expect(formatText([waived], { color: false })).toMatch(/^ {4}4:5 +critical +no-privileged +Service runs privileged.* \(waived: legacy plugin\)$/m)
  })

  it('colours severities only when asked', () => {
    expect(formatText([web], { color: true })).toContain(`${ESC}1m${ESC}31mcritical`)
  })

  it('says why there is no score, and leaves unreadable files to stderr', () => {
    expect(formatText([reportOnText('e.yaml', 'name: x\n')], { color: false })).toMatch(/Score: none\. The file has no `services:` section/)
    expect(formatText([bad], { color: false })).toBe('')
  })

  it('uses colour on a terminal unless NO_COLOR is set; FORCE_COLOR forces it', () => {
    expect(useColor(true, {})).toBe(true)
    expect(useColor(false, {})).toBe(false)
    expect(useColor(true, { NO_COLOR: '1' })).toBe(false)
    expect(useColor(true, { NO_COLOR: '' })).toBe(true)
    expect(useColor(false, { FORCE_COLOR: '1' })).toBe(true)
    expect(useColor(true, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(false)
  })
})

/** The properties SARIF 2.1.0 allows on each object we emit (its schema sets additionalProperties: false). */
const ALLOWED: Record<string, readonly string[]> = {
  log: ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'],
  run: ['tool', 'invocations', 'conversion', 'language', 'versionControlProvenance', 'originalUriBaseIds', 'artifacts', 'logicalLocations', 'graphs', 'results', 'automationDetails', 'runAggregates', 'baselineGuid', 'redactionTokens', 'defaultEncoding', 'defaultSourceLanguage', 'newlineSequences', 'columnKind', 'externalPropertyFileReferences', 'threadFlowLocations', 'taxonomies', 'addresses', 'translations', 'policies', 'webRequests', 'webResponses', 'specialLocations', 'properties'],
  driver: ['guid', 'name', 'organization', 'product', 'productSuite', 'shortDescription', 'fullDescription', 'fullName', 'version', 'semanticVersion', 'dottedQuadFileVersion', 'releaseDateUtc', 'downloadUri', 'informationUri', 'globalMessageStrings', 'notifications', 'rules', 'taxa', 'locations', 'language', 'contents', 'isComprehensive', 'localizedDataSemanticVersion', 'minimumRequiredLocalizedDataSemanticVersion', 'associatedComponent', 'translationMetadata', 'supportedTaxonomies', 'properties'],
  rule: ['id', 'deprecatedIds', 'guid', 'deprecatedGuids', 'name', 'deprecatedNames', 'shortDescription', 'fullDescription', 'messageStrings', 'defaultConfiguration', 'helpUri', 'help', 'relationships', 'properties'],
  result: ['ruleId', 'ruleIndex', 'rule', 'kind', 'level', 'message', 'analysisTarget', 'locations', 'guid', 'correlationGuid', 'occurrenceCount', 'partialFingerprints', 'fingerprints', 'stacks', 'codeFlows', 'graphs', 'graphTraversals', 'relatedLocations', 'suppressions', 'baselineState', 'rank', 'attachments', 'hostedViewerUri', 'workItemUris', 'provenance', 'fixes', 'taxa', 'webRequest', 'webResponse', 'properties'],
  invocation: ['commandLine', 'arguments', 'responseFiles', 'startTimeUtc', 'endTimeUtc', 'exitCode', 'ruleConfigurationOverrides', 'notificationConfigurationOverrides', 'toolExecutionNotifications', 'toolConfigurationNotifications', 'exitCodeDescription', 'exitSignalName', 'exitSignalNumber', 'processStartFailureMessage', 'executionSuccessful', 'machine', 'account', 'processId', 'executableLocation', 'workingDirectory', 'environmentVariables', 'stdin', 'stdout', 'stderr', 'stdoutStderr', 'properties'],
}
const keysWithin = (obj: object, kind: string) => expect(Object.keys(obj).filter((k) => !ALLOWED[kind].includes(k)), kind).toEqual([])

describe('formatSarif', () => {
  const sarif = JSON.parse(formatSarif([web, bad], { cwd: '/repo', rules: RULES }))
  const run = sarif.runs[0]

  it('has the SARIF 2.1.0 log shape code scanning accepts', () => {
    keysWithin(sarif, 'log')
    expect(sarif.$schema).toMatch(/^https:\/\/.*sarif-2\.1\.0\.json$/)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs).toHaveLength(1)
    keysWithin(run, 'run')
    keysWithin(run.tool.driver, 'driver')
    expect(run.tool.driver).toMatchObject({ name: 'secure-compose', informationUri: expect.stringMatching(/^https:\/\//), version: expect.any(String) })
    expect(run.columnKind).toBe('utf16CodeUnits')
  })

  it('describes every registered rule', () => {
    const rules = run.tool.driver.rules
    expect(rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id))
    for (const r of rules) {
      keysWithin(r, 'rule')
      expect(r.shortDescription.text.length).toBeGreaterThan(0)
      expect(r.fullDescription.text.length).toBeGreaterThan(0)
      expect(r.helpUri).toMatch(/^https?:\/\//)
      expect(['error', 'warning', 'note']).toContain(r.defaultConfiguration.level)
      expect(r.properties['security-severity']).toMatch(/^\d+\.\d$/)
      expect(r.properties.tags).toContain('security')
    }
  })

  it('maps severities to levels and GitHub security-severity bands', () => {
    expect(SEVERITIES.map((s) => SARIF_LEVEL[s])).toEqual(['error', 'error', 'warning', 'note', 'note'])
    const n = SEVERITIES.map((s) => Number(SECURITY_SEVERITY[s]))
    expect(n[0]).toBeGreaterThan(9)
    expect(n[1]).toBeGreaterThanOrEqual(7)
    expect(n[1]).toBeLessThan(9)
    expect(n[2]).toBeGreaterThanOrEqual(4)
    expect(n[2]).toBeLessThan(7)
    expect(n[3]).toBeGreaterThan(0)
    expect(n[3]).toBeLessThan(4)
  })

  it('gives one result per finding with rule index, level, message and a relative location', () => {
    expect(run.results).toHaveLength(web.report!.findings.length)
    for (const r of run.results) {
      keysWithin(r, 'result')
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId)
      expect(['error', 'warning', 'note']).toContain(r.level)
      expect(r.message.text.length).toBeGreaterThan(0)
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe('compose.yaml')
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0)
      expect(r.locations[0].physicalLocation.region.startColumn).toBeGreaterThan(0)
    }
    const priv = run.results.find((r: { ruleId: string }) => r.ruleId === 'no-privileged')
    expect(priv).toMatchObject({ level: 'error', locations: [{ physicalLocation: { region: { startLine: 4, startColumn: 5 } } }] })
  })

  it('reports an unreadable input as a failed invocation with a notification', () => {
    keysWithin(run.invocations[0], 'invocation')
    expect(run.invocations[0].executionSuccessful).toBe(false)
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: 'error', locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.yaml' }, region: { startLine: 4, startColumn: 5 } } }],
    })
  })

  it('makes artifact URIs relative to the working directory, with forward slashes', () => {
    expect(artifactUri('deploy/compose.yaml', '/repo')).toBe('deploy/compose.yaml')
    expect(artifactUri('/repo/deploy/my compose.yaml', '/repo')).toBe('deploy/my%20compose.yaml')
    expect(artifactUri('/elsewhere/c.yaml', '/repo')).toBe('file:///elsewhere/c.yaml')
    expect(artifactUri('-', '/repo')).toBe('stdin')
  })
})
