import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTmpfsEntry } from '../../compose/read/settings'
import { describeRule } from '../harness'
import rule, { withSize } from './rule'

describeRule(rule, new URL('./fixtures', import.meta.url))

describe('withSize', () => {
  it('adds the size after the path or the last option, and replaces a size in place', () => {
    expect(withSize('/tmp')).toBe('/tmp:size=64M')
    expect(withSize('/run:mode=1777,uid=1000')).toBe('/run:mode=1777,uid=1000,size=64M')
    expect(withSize('/cache:size=0,noexec')).toBe('/cache:size=64M,noexec')
    expect(withSize('/trailing:')).toBe('/trailing:size=64M')
    expect(withSize('${TMP_DIR:-/tmp}')).toBe('${TMP_DIR:-/tmp}:size=64M')
    expect(withSize('${TMP_DIR:-/tmp}:size=${S:-0}')).toBe('${TMP_DIR:-/tmp}:size=64M')
  })

  it('keeps the path and every other option of any entry', () => {
    const path = fc.stringMatching(/^\/[a-z0-9/_.-]{0,12}$/)
    const option = fc.oneof(fc.constantFrom('noexec', 'nosuid', 'rw'), fc.stringMatching(/^(mode|uid|gid)=[0-9]{1,4}$/))
    fc.assert(fc.property(path, fc.array(option, { maxLength: 4 }), fc.option(fc.constantFrom('0', '1g', '16m')), (p, opts, size) => {
      const all = size === null ? opts : [...opts, `size=${size}`]
      const entry = all.length ? `${p}:${all.join(',')}` : p
      const out = parseTmpfsEntry(withSize(entry))
      expect(out.path).toBe(p)
      expect(out.size).toBe('64M')
      const before = parseTmpfsEntry(entry)
      expect(out.options).toEqual(before.options)
      expect(out.mode).toBe(before.mode)
    }))
  })
})
