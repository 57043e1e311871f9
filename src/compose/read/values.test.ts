import { describe, expect, it } from 'vitest'
import { get, interpolate, interpolatePartially, isInterpolated, maskInterpolation, splitColons, toBool, toBytes, toNumber, toText } from './values'

describe('interpolatePartially', () => {
  it('keeps the known parts and writes the placeholder for each unknown one', () => {
    expect(interpolatePartially('${PG:-16}-alpine', '*')).toBe('16-alpine')
    expect(interpolatePartially('${PG}-$VARIANT:x', '*')).toBe('*-*:x')
    expect(interpolatePartially('${A:-${B}}/${C:?e}', '?')).toBe('?/?')
    expect(interpolatePartially('a$$b${open', '*')).toBe('a$b*')
    expect(interpolatePartially('plain', '*')).toBe('plain')
  })
})

describe('interpolate', () => {
  it('uses defaults and leaves unknowns unknown', () => {
    expect(interpolate('${MEM:-512m}')).toEqual({ known: true, value: '512m' })
    expect(interpolate('${MEM-1g}')).toEqual({ known: true, value: '1g' })
    expect(interpolate('${MEM}')).toEqual({ known: false })
    expect(interpolate('$MEM')).toEqual({ known: false })
    expect(interpolate('${A:?required}')).toEqual({ known: false })
    expect(interpolate('x:${TAG:-latest}')).toEqual({ known: true, value: 'x:latest' })
    expect(interpolate('$$HOME')).toEqual({ known: true, value: '$HOME' })
    expect(interpolate('${A:-${B:-nested}}')).toEqual({ known: true, value: 'nested' })
    expect(interpolate('${A:-${B}}')).toEqual({ known: false })
    expect(interpolate('${A:-x')).toEqual({ known: false })
  })
  it('detects interpolation but not escaped dollars', () => {
    expect(isInterpolated('${X}')).toBe(true)
    expect(isInterpolated('$$X')).toBe(false)
    expect(isInterpolated(5)).toBe(false)
  })
})

describe('scalars', () => {
  it('reads booleans the way compose does', () => {
    expect(toBool(true)).toEqual({ known: true, value: true })
    expect(toBool('true')).toEqual({ known: true, value: true })
    expect(toBool('False')).toEqual({ known: true, value: false })
    expect(toBool('${RO:-true}')).toEqual({ known: true, value: true })
    expect(toBool('${RO}')).toEqual({ known: false })
    expect(toBool('maybe')).toEqual({ known: false })
    expect(toBool(undefined)).toEqual({ known: false })
  })
  it('reads numbers and byte sizes', () => {
    expect(toNumber('100')).toEqual({ known: true, value: 100 })
    expect(toNumber('0.5')).toEqual({ known: true, value: 0.5 })
    expect(toNumber('-1')).toEqual({ known: true, value: -1 })
    expect(toNumber('ten')).toEqual({ known: false })
    expect(toBytes('512m')).toEqual({ known: true, value: 512 * 1024 ** 2 })
    expect(toBytes('1G')).toEqual({ known: true, value: 1024 ** 3 })
    expect(toBytes('1.5gb')).toEqual({ known: true, value: 1.5 * 1024 ** 3 })
    expect(toBytes(1024)).toEqual({ known: true, value: 1024 })
    expect(toBytes('${MEM:-256M}')).toEqual({ known: true, value: 256 * 1024 ** 2 })
    expect(toBytes('lots')).toEqual({ known: false })
    expect(toText({})).toEqual({ known: false })
  })
  it('never reads inherited object members', () => {
    expect(get({}, 'constructor')).toBeUndefined()
    expect(get({ a: { b: 1 } }, 'a', 'b')).toBe(1)
    expect(get({ a: 1 }, 'a', 'toString')).toBeUndefined()
  })
})

describe('splitColons', () => {
  it('keeps a variable default that holds a colon in one part', () => {
    expect(splitColons('${SOCK:-/run/docker.sock}:/var/run/docker.sock:ro')).toEqual(['${SOCK:-/run/docker.sock}', '/var/run/docker.sock', 'ro'])
  })
  it('keeps a Windows drive with its path', () => {
    expect(splitColons('C:\\data:/data')).toEqual(['C:\\data', '/data'])
  })
  it('masks interpolations without moving anything', () => {
    expect(maskInterpolation('${DIR:-/tmp}:size=1m')).toBe('XXXXXXXXXXXX:size=1m')
  })
})
