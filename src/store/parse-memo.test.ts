import { describe, expect, it } from 'vitest'
import { estimatedParseMs, parseMemo } from './parse-memo'

describe('parseMemo', () => {
  it('parses a text once, however often it is asked for', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n'
    expect(parseMemo(text)).toBe(parseMemo(text))
  })

  it('estimates a parse from the last one, in proportion to the length (a cache hit does not count)', () => {
    const text = `services:\n${Array.from({ length: 400 }, (_, i) => `  s${i}:\n    image: busybox:1.36\n`).join('')}`
    parseMemo(text)
    const perChar = estimatedParseMs(1)
    expect(perChar).toBeGreaterThan(0)
    expect(estimatedParseMs(text.length)).toBeCloseTo(perChar * text.length, 6)
    expect(estimatedParseMs(600_000)).toBeCloseTo(perChar * 600_000, 6)
    parseMemo(text)
    expect(estimatedParseMs(1)).toBe(perChar)
  })
})
