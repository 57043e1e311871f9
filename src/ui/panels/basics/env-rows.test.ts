import { describe, expect, it } from 'vitest'
import { ENV_ROWS, EXTRA_ROWS, envRowsShown, firstHidden } from './env-rows'

const rows = (n: number) => Array.from({ length: n }, (_, i) => `V${i}`)

describe('envRowsShown', () => {
  it('lists a short environment whole', () => {
    expect(envRowsShown(rows(ENV_ROWS), false, { added: () => true, warned: () => true })).toEqual(rows(ENV_ROWS))
  })

  it('lists the first rows, then those to keep past them, in the file order', () => {
    const vars = rows(50)
    const shown = envRowsShown(vars, false, { added: (v) => v === 'V47', warned: (v) => v === 'V43' || v === 'V3' })
    expect(shown).toEqual([...rows(ENV_ROWS), 'V43', 'V47'])
    expect(firstHidden(vars, shown)).toBe(40)
  })

  it('keeps at most EXTRA_ROWS past the first, the added ones first, and lists everything when asked', () => {
    const vars = rows(500)
    const shown = envRowsShown(vars, false, { added: (v) => v === 'V499', warned: () => true })
    expect(shown).toEqual([...rows(ENV_ROWS + EXTRA_ROWS - 1), 'V499'])
    expect(envRowsShown(vars, true, { added: () => false, warned: () => false })).toBe(vars)
  })

  it('finds no hidden row when all are shown', () => {
    expect(firstHidden(rows(3), rows(3))).toBe(-1)
  })
})
