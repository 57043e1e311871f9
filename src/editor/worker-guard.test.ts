import { describe, expect, it } from 'vitest'
import { MAX_BYTES } from '../compose/read/parse'
import { refusedForWorker, textForWorker } from './worker-guard'

/** `levels` levels of `width` aliases each: width^levels leaves once expanded. */
function aliasBomb(levels: number, width: number): string {
  const lines = [`l0: &l0 [${Array(width).fill('lol').join(', ')}]`]
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(', ')}]`)
  return `${lines.join('\n')}\nservices: {}\n`
}

describe('refusedForWorker', () => {
  it('refuses a billion-laughs document at once', () => {
    const t0 = Date.now()
    expect(refusedForWorker(aliasBomb(10, 10))).toBe(true)
    expect(Date.now() - t0).toBeLessThan(2000)
  })

  it('refuses a bomb in a later document of the stream, or next to a syntax error or a bad merge', () => {
    expect(refusedForWorker(`services: {}\n---\n${aliasBomb(10, 10)}`)).toBe(true)
    expect(refusedForWorker(`${aliasBomb(10, 10)}bad: "unterminated\n`)).toBe(true)
    expect(refusedForWorker(`x: &x 1\nm:\n  <<: *x\n${aliasBomb(10, 10)}`)).toBe(true)
  })

  it('refuses text over the core size limit', () => {
    expect(refusedForWorker('#'.repeat(MAX_BYTES + 1))).toBe(true)
  })

  it('passes ordinary files, anchors and merge keys included', () => {
    expect(refusedForWorker('services:\n  web:\n    image: nginx\n')).toBe(false)
    expect(refusedForWorker('x-defaults: &defaults\n  read_only: true\nservices:\n  a:\n    <<: *defaults\n  b:\n    <<: *defaults\n')).toBe(false)
    expect(refusedForWorker(aliasBomb(3, 10))).toBe(false)
    expect(refusedForWorker('a: "*not an alias"\nb: [unclosed\n')).toBe(false)
  })
})

describe('textForWorker', () => {
  it('hands over the text, or an empty document in place of a refused one', () => {
    expect(textForWorker('services: {}\n')).toBe('services: {}\n')
    expect(textForWorker(aliasBomb(10, 10))).toBe('')
    expect(textForWorker('servicess: {}\n')).toBe('servicess: {}\n')
  })
})
