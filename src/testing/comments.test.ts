import { describe, expect, it } from 'vitest'
import { lostComments, yamlComments } from './comments'

describe('yamlComments', () => {
  it('finds full-line and same-line comments with their lines, never a `#` in quotes or a block scalar', () => {
    const text = ['# head', 'a: "x # no" # one', 'b: |', '  # text', 'c: [d, # two', '  e]', '  # three', "f: 'g", "  h' # four"].join('\r\n')
    expect(yamlComments(text)).toEqual([
      { text: '# head', line: 0, trailing: false },
      { text: '# one', line: 1, trailing: true },
      { text: '# two', line: 4, trailing: true },
      { text: '# three', line: 6, trailing: false },
      { text: '# four', line: 8, trailing: true },
    ])
  })
})

describe('lostComments', () => {
  const c = (text: string, line = 0, trailing = true) => ({ text, line, trailing })
  it('reports comments missing or out of order, skipping those that may go', () => {
    expect(lostComments([c('# a'), c('# b'), c('# c')], [c('# a'), c('# c')])).toEqual([c('# b')])
    expect(lostComments([c('# a'), c('# b')], [c('# b'), c('# a')])).toEqual([c('# b')])
    expect(lostComments([c('# x', 1), c('# x', 2)], [c('# x', 1)], (x) => x.line === 1)).toEqual([])
  })
})
