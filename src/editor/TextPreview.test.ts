import { describe, expect, it } from 'vitest'
import { firstLines } from './TextPreview'

describe('firstLines', () => {
  it('gives at most the asked number of lines', () => {
    expect(firstLines('a\nb\nc\nd', 2)).toEqual(['a', 'b'])
    expect(firstLines('a\nb', 5)).toEqual(['a', 'b'])
  })

  it('splits CRLF files without keeping the carriage returns', () => {
    expect(firstLines('a: 1\r\nb: 2\r\n', 5)).toEqual(['a: 1', 'b: 2', ''])
  })

  it('gives one empty line for an empty file', () => {
    expect(firstLines('', 3)).toEqual([''])
  })
})
