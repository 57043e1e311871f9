import { describe, expect, it } from 'vitest'
import { interpolationParts } from './scan'

describe('interpolationParts', () => {
  it('splits a value into text, $$, $NAME and ${…} with its name, operator and argument', () => {
    expect(interpolationParts('a$$b $HOME/${PG:-16}-x')).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'escaped' },
      { kind: 'text', text: 'b ' },
      { kind: 'bare', name: 'HOME' },
      { kind: 'text', text: '/' },
      { kind: 'braced', raw: '${PG:-16}', name: 'PG', op: ':-', arg: '16' },
      { kind: 'text', text: '-x' },
    ])
  })

  it('reads every operator, and an argument that nests braces', () => {
    const ops = ['', ':-', '-', ':?', '?', ':+', '+'].map((op) => interpolationParts(`\${V${op}${op ? 'x' : ''}}`)[0])
    expect(ops.map((p) => p.kind === 'braced' && [p.op, p.arg])).toEqual([['', ''], [':-', 'x'], ['-', 'x'], [':?', 'x'], ['?', 'x'], [':+', 'x'], ['+', 'x']])
    expect(interpolationParts('${A:-${B:-x}}y')).toEqual([
      { kind: 'braced', raw: '${A:-${B:-x}}', name: 'A', op: ':-', arg: '${B:-x}' },
      { kind: 'text', text: 'y' },
    ])
  })

  it('keeps what is not an expression: a lone or trailing $, ${} without a name or with an unknown operator, an unclosed ${', () => {
    expect(interpolationParts('$1 costs $')).toEqual([{ kind: 'text', text: '$1 costs $' }])
    expect(interpolationParts('${1}${A/b}')).toEqual([
      { kind: 'braced', raw: '${1}', name: null, op: '', arg: '' },
      { kind: 'braced', raw: '${A/b}', name: null, op: '', arg: '' },
    ])
    expect(interpolationParts('x${A:-y')).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'unclosed', raw: '${A:-y' },
    ])
  })
})
