// render writes a model as YAML the parser reads back to the same data, and maps every line back to its source.
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseCompose } from '../read/parse'
import { modelOf } from './model'
import { render, sourceOf } from './render'

const TEXT = [
  'services:',
  '  web:',
  '    image: "nginx:1.27"',
  '    ports:',
  '      - "8080:80"',
  '      - target: 443',
  '        published: 8443',
  '    environment: {}',
  '    "true": yes',
  '    command: [a, "b c", 1, null]',
  '',
].join('\n')

describe('render', () => {
  it('reads back to the same data, keys that look like other types quoted', () => {
    const r = render(modelOf(parseCompose(TEXT), 'c.yaml'))
    expect(parse(r.text)).toEqual(parse(TEXT))
    expect(parseCompose(r.text).errors).toEqual([])
  })

  it('maps each rendered line and column to the key or value that wrote it', () => {
    const r = render(modelOf(parseCompose(TEXT), 'c.yaml'))
    const lines = r.text.split('\n')
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1
    expect(sourceOf(r, at('image'), 5)).toEqual({ file: 'c.yaml', line: 3, column: 5 })
    expect(sourceOf(r, at('image'), 12)).toEqual({ file: 'c.yaml', line: 3, column: 12 })
    expect(sourceOf(r, at('8080'), 9)).toEqual({ file: 'c.yaml', line: 5, column: 9 })
    expect(sourceOf(r, at('published'), 9)).toEqual({ file: 'c.yaml', line: 7, column: 9 })
  })

  it('writes waiver comments above the line they waive, and file waivers first', () => {
    const r = render(modelOf(parseCompose('services:\n  web:\n    privileged: true\n'), 'c.yaml'), [
      { text: '# secure-compose: ignore no-privileged -- reviewed', at: { file: 'o.yaml', line: 9, column: 20 }, target: { file: 'c.yaml', line: 3, column: 1 } },
      { text: '# secure-compose: ignore-file require-healthcheck -- elsewhere', at: { file: 'c.yaml', line: 1, column: 1 } },
    ])
    expect(r.text).toBe('# secure-compose: ignore-file require-healthcheck -- elsewhere\nservices:\n  web:\n    # secure-compose: ignore no-privileged -- reviewed\n    privileged: true\n')
    expect(sourceOf(r, 4, 5)).toEqual({ file: 'o.yaml', line: 9, column: 20 })
  })
})
