import { describe, expect, it } from 'vitest'
import { parseArgs } from './args'

describe('parseArgs', () => {
  it('reads check with files, format and fail-on in either spelling', () => {
    const none = { composeFiles: [], envFiles: [], failOnGiven: false }
    expect(parseArgs(['check', 'a.yaml', 'b.yaml'])).toEqual({ kind: 'check', files: ['a.yaml', 'b.yaml'], format: 'text', failOn: 'high', options: none })
    expect(parseArgs(['check', '--format', 'json', 'a.yaml', '--fail-on=HIGH'])).toEqual({ kind: 'check', files: ['a.yaml'], format: 'json', failOn: 'high', options: { ...none, failOnGiven: true } })
    expect(parseArgs(['check', '--format=sarif', '-'])).toMatchObject({ kind: 'check', files: ['-'], format: 'sarif' })
    expect(parseArgs(['check', 'a.yaml', 'a.yaml'])).toMatchObject({ files: ['a.yaml'] })
  })

  it('fails on high by default, and never with --fail-on none', () => {
    expect(parseArgs(['check', 'a.yaml'])).toMatchObject({ failOn: 'high' })
    expect(parseArgs(['check', 'a.yaml', '--fail-on', 'none'])).toMatchObject({ failOn: 'none' })
    expect(parseArgs(['check', 'a.yaml', '--fail-on=None'])).toMatchObject({ failOn: 'none' })
  })

  it('reads -f/--file as compose files to merge (like docker compose), and -f with a format name as --format', () => {
    expect(parseArgs(['check', '-f', 'a.yaml', '--file=b.yaml', '--env-file', 'ci.env', '--config', 'c.yaml'])).toMatchObject({
      kind: 'check', files: [], format: 'text', options: { composeFiles: ['a.yaml', 'b.yaml'], envFiles: ['ci.env'], config: 'c.yaml' },
    })
    expect(parseArgs(['check', 'a.yaml', '-f', 'json'])).toMatchObject({ format: 'json', options: { composeFiles: [] } })
    expect(parseArgs(['check', '-f'])).toMatchObject({ kind: 'usage-error', message: expect.stringMatching(/-f needs a compose file/) })
    expect(parseArgs(['check', 'a.yaml', '--env-file'])).toMatchObject({ kind: 'usage-error', message: expect.stringMatching(/--env-file needs a file/) })
  })

  it('treats everything after -- as files', () => {
    expect(parseArgs(['check', '--', '--odd-name.yaml'])).toMatchObject({ kind: 'check', files: ['--odd-name.yaml'] })
  })

  it('reads fix with its flags', () => {
    expect(parseArgs(['fix', 'c.yaml'])).toEqual({ kind: 'fix', files: ['c.yaml'], unsafe: false, write: false })
    expect(parseArgs(['fix', '--unsafe', 'c.yaml', '--write'])).toEqual({ kind: 'fix', files: ['c.yaml'], unsafe: true, write: true })
    expect(parseArgs(['fix', '-'])).toMatchObject({ kind: 'fix', files: ['-'] })
    expect(parseArgs(['fix', '--write', 'a.yaml', 'b.yaml', 'a.yaml'])).toMatchObject({ kind: 'fix', files: ['a.yaml', 'b.yaml'] })
  })

  it('knows help and version anywhere', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' })
    expect(parseArgs(['check', 'x', '-h'])).toEqual({ kind: 'help' })
    expect(parseArgs(['help'])).toEqual({ kind: 'help' })
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' })
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' })
  })

  it.each([
    [[], /missing command/],
    [['scan', 'x'], /unknown command "scan"/],
    [['--frobnicate'], /unknown option --frobnicate/],
    [['check'], /at least one file/],
    [['check', 'x', '--format', 'xml'], /--format needs one of text, json, sarif, not "xml"/],
    [['check', 'x', '--format'], /--format needs one of/],
    [['check', 'x', '--fail-on', 'severe'], /--fail-on needs one of critical, high, medium, low, info, none, not "severe"/],
    [['check', 'x', '--unsafe'], /unknown option --unsafe for check/],
    [['fix'], /fix needs a file/],
    [['fix', 'a', 'b'], /fix prints one file; give --write to fix several in place/],
    [['fix', '-', '--write'], /--write cannot write to standard input/],
    [['fix', 'a', '--format', 'json'], /unknown option --format for fix/],
  ] as const)('rejects %j with a clear message', (argv, message) => {
    const cmd = parseArgs(argv)
    expect(cmd.kind).toBe('usage-error')
    if (cmd.kind === 'usage-error') {
      expect(cmd.message).toMatch(message)
      expect(cmd.message).toMatch(/see secure-compose --help/)
    }
  })
})
