import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { matchWaivers } from './waiver-match'
import type { WaivableFinding } from './waiver-match'
import { formatWaiver, parseDirective, readWaiverComments } from './waivers'

const read = (text: string) => readWaiverComments(parseCompose(text)).map(({ line, column, ownLine, scope, target, ruleIds, reason }) => ({ line, column, ownLine, scope, target, ruleIds, reason }))

describe('readWaiverComments', () => {
  it('reads a waiver at the end of a line and on a line of its own above one', () => {
    const text = [
      'services:',
      '  proxy:   # secure-compose: ignore require-port-host-ip, no-privileged-host-ports -- public reverse proxy',
      '    image: traefik:v3.1',
      '    ports:',
      '      # secure-compose: ignore require-port-host-ip -- TLS terminates here',
      '      - "443:443"',
      '',
    ].join('\n')
    expect(read(text)).toEqual([
      { line: 2, column: 12, ownLine: false, scope: 'line', target: 2, ruleIds: ['require-port-host-ip', 'no-privileged-host-ports'], reason: 'public reverse proxy' },
      { line: 5, column: 7, ownLine: true, scope: 'line', target: 6, ruleIds: ['require-port-host-ip'], reason: 'TLS terminates here' },
    ])
  })

  it('reads ignore-file, and waivers stacked on lines of their own all point at the line below them', () => {
    const text = '# secure-compose: ignore-file require-image-pinning -- pinned by digest in CI\nservices:\n  web:\n    # secure-compose: ignore a -- x\n    # secure-compose: ignore b -- y\n    image: nginx\n'
    expect(read(text).map((c) => [c.line, c.scope, c.target])).toEqual([[1, 'file', 1], [4, 'line', 6], [5, 'line', 6]])
  })

  it('keeps a missing reason, a missing rule list and an unknown directive for invalid-waiver to report', () => {
    expect(parseDirective(' ignore require-healthcheck')).toEqual({ scope: 'line', ruleIds: ['require-healthcheck'], reason: '' })
    expect(parseDirective(' ignore -- why')).toEqual({ scope: 'line', ruleIds: [], reason: 'why' })
    expect(parseDirective(' ignore a,b  c --  spaced  ')).toEqual({ scope: 'line', ruleIds: ['a', 'b', 'c'], reason: 'spaced' })
    expect(parseDirective(' ignore x -- a -- b')).toEqual({ scope: 'line', ruleIds: ['x'], reason: 'a -- b' })
    expect(parseDirective(' ignored x -- y').scope).toBeNull()
    expect(parseDirective(' skip x -- y').scope).toBeNull()
  })

  it('reads CRLF files without the carriage return in the reason', () => {
    const text = 'services:\r\n  web:  # secure-compose: ignore require-healthcheck -- probed by the proxy\r\n    image: nginx:1.27\r\n'
    expect(read(text)).toEqual([{ line: 2, column: 9, ownLine: false, scope: 'line', target: 2, ruleIds: ['require-healthcheck'], reason: 'probed by the proxy' }])
  })

  it('never reads a # inside a quoted, plain-continued or block scalar, or glued to a value', () => {
    const text = [
      'services:',
      '  web:',
      '    image: "nginx # secure-compose: ignore a -- b"',
      '    command: |  # secure-compose: ignore require-healthcheck -- a block header may hold a comment',
      '      echo "# secure-compose: ignore a -- b"',
      '    labels: [x#secure-compose: ignore a -- b]',
      '',
    ].join('\n')
    expect(read(text).map((c) => c.line)).toEqual([4])
  })

  it('reads nothing from a file that cannot be parsed', () => {
    expect(read('services:\n  web: [  # secure-compose: ignore a -- b\n')).toEqual([])
  })

  it('formats what it reads', () => {
    const line = formatWaiver('line', ['a', 'b'], ' why ')
    expect(line).toBe('# secure-compose: ignore a, b -- why')
    expect(parseDirective(line.slice('# secure-compose:'.length))).toEqual({ scope: 'line', ruleIds: ['a', 'b'], reason: 'why' })
    expect(formatWaiver('file', ['a'], 'why')).toBe('# secure-compose: ignore-file a -- why')
  })
})

describe('matchWaivers', () => {
  const TEXT = [
    'services:', //                                                                1
    '  proxy:   # secure-compose: ignore require-port-host-ip -- public proxy', // 2
    '    image: traefik:v3.1', //                                                 3
    '    ports:', //                                                              4
    '      - "80:80"  # secure-compose: ignore no-privileged-host-ports -- http redirect', // 5
    '      - "443:443"', //                                                       6
    '  web:', //                                                                  7
    '    image: nginx', //                                                        8
    '    ports: ["81:80"]  # secure-compose: ignore require-port-host-ip', //    9
    '# secure-compose: ignore-file require-image-pinning -- pinned in CI', //    10
    '',
  ].join('\n')
  const file = parseCompose(TEXT)
  const f = (ruleId: string, service: string | null, line: number): WaivableFinding => ({ ruleId, service, line })
  const findings = [
    f('require-port-host-ip', 'proxy', 5), f('require-port-host-ip', 'proxy', 6), f('no-privileged-host-ports', 'proxy', 5),
    f('no-privileged-host-ports', 'proxy', 6), f('require-image-pinning', 'web', 8), f('require-port-host-ip', 'web', 9),
  ]
  const known = (id: string) => ['require-port-host-ip', 'no-privileged-host-ports', 'require-image-pinning'].includes(id)
  const match = matchWaivers(file, findings, known)

  it('waives on a service key line every finding of the rule for the service, on another line only that line', () => {
    expect(match.waivedBy.map((c) => c?.line)).toEqual([2, 2, 5, undefined, 10, undefined])
  })

  it('does not waive with a waiver that has no reason, and says so', () => {
    expect(match.verdicts.map((v) => ({ line: v.comment.line, problems: v.problems, unknown: v.unknown, unmatched: v.unmatched, waives: v.waives }))).toEqual([
      { line: 2, problems: [], unknown: [], unmatched: [], waives: true },
      { line: 5, problems: [], unknown: [], unmatched: [], waives: true },
      { line: 9, problems: ['noReason'], unknown: [], unmatched: [], waives: false },
      { line: 10, problems: [], unknown: [], unmatched: [], waives: true },
    ])
  })

  it('reports unknown rule ids (the comment then waives nothing) and rule ids that match no finding', () => {
    const text = 'services:\n  web:  # secure-compose: ignore require-port-host-ip, nope -- typo\n    image: nginx  # secure-compose: ignore require-port-host-ip -- nothing here\n'
    const m = matchWaivers(parseCompose(text), [f('require-port-host-ip', 'web', 2)], known)
    expect(m.waivedBy).toEqual([undefined])
    expect(m.verdicts.map((v) => [v.comment.line, v.unknown, v.unmatched, v.waives])).toEqual([[2, ['nope'], [], false], [3, [], ['require-port-host-ip'], true]])
  })

  it('wants ignore-file at the top level', () => {
    const m = matchWaivers(parseCompose('services:\n  web:\n    # secure-compose: ignore-file require-image-pinning -- x\n    image: nginx\n'), [f('require-image-pinning', 'web', 4)], known)
    expect(m.verdicts[0].problems).toEqual(['notTopLevel'])
    expect(m.waivedBy).toEqual([undefined])
  })
})
