import { describe, expect, it } from 'vitest'
import { yamlLineTokens } from './yaml-tokens'

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
    [`a${' '.repeat(2000)}: b`, [[`a${' '.repeat(2000)}: b`, 'plain']]],
  ] as const)('%j', (line, tokens) => {
    expect(yamlLineTokens(line)).toEqual(tokens)
    expect(yamlLineTokens(line).map(([t]) => t).join('')).toBe(line)
  })
})
