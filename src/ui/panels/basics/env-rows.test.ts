import { describe, expect, it } from 'vitest'
import { ENV_ROWS, EXTRA_ROWS, envRowsShown, firstHidden } from './env-rows'

const rows = (n: number) => Array.from({ length: n }, (_, i) => `V${i}`)

describe('envRowsShown', () => {
  it('lists a short environment whole', () => {
    expect(envRowsShown(rows(ENV_ROWS), false, () => true)).toEqual(rows(ENV_ROWS))
  })

  it('lists the first rows, then those to keep past them, in the file order', () => {
    const vars = rows(50)
    const shown = envRowsShown(vars, false, (v) => v === 'V47' || v === 'V43' || v === 'V3')
    expect(shown).toEqual([...rows(ENV_ROWS), 'V43', 'V47'])
    expect(firstHidden(vars, shown)).toBe(40)
  })

  it('keeps at most EXTRA_ROWS past the first, and lists everything when asked', () => {
    const vars = rows(500)
    expect(envRowsShown(vars, false, () => true)).toEqual(rows(ENV_ROWS + EXTRA_ROWS))
    expect(envRowsShown(vars, true, () => false)).toBe(vars)
  })

  it('finds no hidden row when all are shown', () => {
    expect(firstHidden(rows(3), rows(3))).toBe(-1)
  })
})
