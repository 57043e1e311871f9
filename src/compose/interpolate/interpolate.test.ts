// Table tests of interpolation with known variables, checked against the Compose Specification's "Interpolation"
// section (compose-spec 12-interpolation.md; docs.docker.com/reference/compose-file/interpolation/): `${VAR}` and
// `$VAR`; `${VAR:-default}` when VAR is unset or empty, `${VAR-default}` only when unset; `${VAR:?err}` / `${VAR?err}`
// an error when unset (here: left as written, unknown); `${VAR:+replacement}` / `${VAR+replacement}`; `$$` a literal `$`.
// A variable no env file sets stays as written, so the rules treat it as before (unknown, or decided by its default).
import { describe, expect, it } from 'vitest'
import { parseDotEnv } from './dotenv'
import { interpolateEnv } from './interpolate-env'
import { redactor } from './redact'

const ENV = new Map([['MEM', '1g'], ['PORT', '8080'], ['EMPTY', ''], ['DOLLAR', 'a$b']])

const CASES: Array<[written: string, result: string, used: string[]]> = [
  ['${PORT}:80', '8080:80', ['PORT']],
  ['$PORT:80', '8080:80', ['PORT']],
  ['${MEM:-512m}', '1g', ['MEM']],
  ['${UNSET:-512m}', '512m', []],
  ['${EMPTY:-512m}', '512m', []],
  ['${EMPTY-512m}', '', ['EMPTY']],
  ['${UNSET-512m}', '512m', []],
  ['${UNSET}', '${UNSET}', []],
  ['$UNSET/x', '$UNSET/x', []],
  ['${PORT:?set PORT}', '8080', ['PORT']],
  ['${UNSET:?set it}', '${UNSET:?set it}', []],
  ['${EMPTY:?set it}', '${EMPTY:?set it}', []],
  ['${EMPTY?set it}', '', ['EMPTY']],
  ['${PORT:+on}', 'on', ['PORT']],
  ['${EMPTY:+on}', '', []],
  ['${EMPTY+on}', 'on', ['EMPTY']],
  ['${UNSET:+on}', '${UNSET:+on}', []],
  ['$$PORT', '$$PORT', []],
  ['$${PORT}', '$${PORT}', []],
  ['${UNSET:-${PORT}}', '8080', ['PORT']],
  ['${DOLLAR}', 'a$$b', ['DOLLAR']],
  ['${PORT', '${PORT', []],
  ['no variables', 'no variables', []],
]

describe('interpolateEnv (Compose Specification, Interpolation)', () => {
  it.each(CASES)('%s → %s', (written, result, used) => {
    const r = interpolateEnv(written, ENV)
    expect(r.text).toBe(result)
    expect(r.used.sort()).toEqual(used)
  })
})

describe('parseDotEnv (Compose: environment file syntax)', () => {
  it('reads KEY=VALUE lines, export, comments, both quotes and references to keys above', () => {
    const { env, problems } = parseDotEnv([
      '# comment', '', 'A=1', 'export B = two ', "C='lit ${A} # not a comment'", 'D="x\\ny ${A}"', 'E=${A}-${UNSET:-d} # note', 'F=', 'not a line', 'G=a#b',
    ].join('\n'))
    expect(Object.fromEntries(env)).toEqual({ A: '1', B: 'two', C: 'lit ${A} # not a comment', D: 'x\ny 1', E: '1-d', F: '', G: 'a#b' })
    expect(problems).toEqual([{ line: 9, message: 'not a KEY=VALUE line; it is ignored' }])
  })
})

describe('redactor', () => {
  it('puts the written form back wherever a substituted value shows, and leaves short values and other words alone', () => {
    const redact = redactor([{ secret: 's3cr3t-t0ken-value', shown: '${TOKEN}' }, { secret: '8080:80', shown: '${PORT}:80' }, { secret: '80', shown: '${P}' }, { secret: 'abc', shown: '${X}' }])
    expect(redact('uses s3cr3t-t0ken-value and xs3cr3t-t0ken-valuey')).toBe('uses ${TOKEN} and x${TOKEN}y')
    expect(redact('port "8080:80" published; 80 stays')).toBe('port "${PORT}:80" published; 80 stays')
    expect(redact('abc, abcd')).toBe('${X}, abcd')
  })
})
