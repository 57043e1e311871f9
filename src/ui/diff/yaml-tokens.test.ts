import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockScalarLines, matchKey, yamlLineTokens } from './yaml-tokens'

describe('yamlLineTokens', () => {
  it.each([
    ['  image: nginx:1.27', [['  ', 'plain'], ['image', 'key'], [':', 'plain'], [' ', 'plain'], ['nginx:1.27', 'string']]],
    ['    read_only: true # keep', [['    ', 'plain'], ['read_only', 'key'], [':', 'plain'], [' ', 'plain'], ['true', 'keyword'], [' ', 'plain'], ['# keep', 'comment']]],
    ['      - "127.0.0.1:8080:80"', [['      - ', 'plain'], ['"127.0.0.1:8080:80"', 'string']]],
    ['  - no-new-privileges:true', [['  - ', 'plain'], ['no-new-privileges:true', 'string']]],
    ['    mem_limit: 512', [['    ', 'plain'], ['mem_limit', 'key'], [':', 'plain'], [' ', 'plain'], ['512', 'number']]],
    ['services:', [['services', 'key'], [':', 'plain']]],
    ['# a comment', [['# a comment', 'comment']]],
    ['    command: "echo #1"  # run', [['    ', 'plain'], ['command', 'key'], [':', 'plain'], [' ', 'plain'], ['"echo #1"', 'string'], ['  ', 'plain'], ['# run', 'comment']]],
    ['  - url: http://x/#frag', [['  - ', 'plain'], ['url', 'key'], [':', 'plain'], [' ', 'plain'], ['http://x/#frag', 'string']]],
    ['', []],
    [`a${' '.repeat(2000)}: b`, [['a', 'key'], [`${' '.repeat(2000)}:`, 'plain'], [' ', 'plain'], ['b', 'string']]],
    ['  - "x" y: z', [['  - ', 'plain'], ['"x" y: z', 'string']]],
  ] as const)('%j', (line, tokens) => {
    expect(yamlLineTokens(line)).toEqual(tokens)
    expect(yamlLineTokens(line).map(([t]) => t).join('')).toBe(line)
  })
})

describe('matchKey', () => {
  // The pattern it replaced: right, but quadratic on a long line that is not a key (a run of spaces it re-tried).
  const OLD = /^(\s*(?:-\s+)*)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[][^#]*?)(\s*:)(?=\s|$)/

  it('finds the key the old pattern found, where that one kept all the leading dashes (it also tried fewer)', () => {
    const line = fc.array(fc.constantFrom(' ', ' ', '-', ':', '#', '"', "'", '\\', 'a', 'b', '{', '[', '\t'), { maxLength: 24 }).map((a) => a.join(''))
    fc.assert(
      fc.property(line, (l) => {
        const old = OLD.exec(l)
        const fullLead = /^\s*(?:-\s+)*/.exec(l)![0]
        expect(matchKey(l)).toEqual(old && old[1] === fullLead ? [old[1], old[2], old[3]] : null)
      }),
      { numRuns: 20_000 },
    )
  })

  it('reads long lines in linear time: a key after 100,000 spaces, and 100,000 spaces that lead to none', () => {
    const spaces = ' '.repeat(100_000)
    expect(matchKey(`a${spaces}: b`)).toEqual(['', 'a', `${spaces}:`])
    expect(matchKey(`a${spaces}b`)).toBeNull()
    expect(yamlLineTokens(`  key: ${'x'.repeat(99_000)}`).map(([, kind]) => kind)).toEqual(['plain', 'key', 'plain', 'plain', 'string'])
  })
})

describe('yamlLineTokens in a block scalar', () => {
  it('colours the whole text as a string, whatever it looks like', () => {
    expect(yamlLineTokens('      a: b # not a comment', true)).toEqual([
      ['      ', 'plain'],
      ['a: b # not a comment', 'string'],
    ])
    expect(yamlLineTokens('', true)).toEqual([])
  })
})

describe('blockScalarLines', () => {
  const flags = (text: string) => [...blockScalarLines(text.split('\n'))].join('')

  it('marks the text of a literal or folded block scalar under a key, blank lines included', () => {
    const text = ['services:', '  app:', '    command: |', '      echo: hi', '', '      # still text', '    image: x'].join('\n')
    expect(flags(text)).toBe('0001110')
  })

  it('knows chomping and indentation indicators, and a comment after the header', () => {
    for (const header of ['|-', '|+', '>', '>-', '|2', '|2-', '|-2', '>  # folded']) {
      expect(flags(`a: ${header}\n  b: c\nd: e`), header).toBe('010')
    }
  })

  it('ends at a line as indented as the key, also inside a sequence entry', () => {
    const text = ['steps:', '  - run: |', '      a: b', '    name: c', '  - |', '    d: e', '  - f'].join('\n')
    expect(flags(text)).toBe('0010010')
  })

  it('leaves alone a value that only starts with | or >, and quoted ones', () => {
    expect(flags('a: |x\n  b: c')).toBe('00')
    expect(flags('a: "|"\n  b: c')).toBe('00')
    expect(flags('a: >>\n  b: c')).toBe('00')
  })
})
