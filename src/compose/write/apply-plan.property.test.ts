// Properties over generated compose files: a set or append reads back as planned, and no byte outside the edited service moves.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { applyPlan } from './apply-plan'
import { appendOp, deleteOp, renameOp, setOp } from './plan'
import type { ApplyResult, EditOp, YamlPath } from '../types'

/** Scalars as written in a file; each is valid both in block and in flow context. */
const SOURCE_SCALARS = ['x', 'nginx', '"quoted: value"', "'single'", '1000', 'true', '~', '"1000:1000"', '/run', 'a b', '"#x"']
const SERVICE_NAMES = ['app', 'db', 'web', 'cache']
const SCALAR_KEYS = ['image', 'user', 'read_only', 'working_dir']
const LIST_KEYS = ['tmpfs', 'cap_drop', 'security_opt']
const MAP_KEY = 'environment'

type Value = { kind: 'scalar'; src: string } | { kind: 'list'; items: string[] } | { kind: 'map'; entries: [string, string][] }
interface Entry { key: string; value: Value; comment: boolean; commentBefore: boolean }
interface Service { name: string; style: 'block' | 'flow' | 'null'; entries: Entry[]; seqIndent: number; trailingComment: boolean }
interface DocSpec { services: Service[]; docStart: boolean; header: boolean; footer: boolean; finalNewline: boolean; crlf: boolean }

const scalarSrc = fc.constantFrom(...SOURCE_SCALARS)
const entryArb = (key: string): fc.Arbitrary<Entry> => {
  const value: fc.Arbitrary<Value> = LIST_KEYS.includes(key)
    ? fc.oneof(scalarSrc.map((src) => ({ kind: 'scalar', src }) as Value), fc.array(scalarSrc, { minLength: 0, maxLength: 3 }).map((items) => ({ kind: 'list', items }) as Value))
    : key === MAP_KEY
      ? fc.uniqueArray(fc.tuple(fc.constantFrom('A', 'B', 'C_D'), scalarSrc), { minLength: 1, maxLength: 3, selector: ([k]) => k }).map((entries) => ({ kind: 'map', entries }) as Value)
      : scalarSrc.map((src) => ({ kind: 'scalar', src }) as Value)
  return fc.record({ key: fc.constant(key), value, comment: fc.boolean(), commentBefore: fc.boolean() })
}
const serviceArb = (name: string): fc.Arbitrary<Service> =>
  fc.record({
    name: fc.constant(name),
    style: fc.constantFrom('block', 'block', 'flow', 'null'),
    entries: fc.subarray([...SCALAR_KEYS, ...LIST_KEYS, MAP_KEY]).chain((keys) => fc.tuple(...keys.map(entryArb))).map((e) => [...e]),
    seqIndent: fc.constantFrom(0, 2),
    trailingComment: fc.boolean(),
  })

const docArb = fc.record({
  services: fc.subarray(SERVICE_NAMES, { minLength: 1 }).chain((names) => fc.tuple(...names.map(serviceArb))),
  docStart: fc.boolean(),
  header: fc.boolean(),
  footer: fc.boolean(),
  finalNewline: fc.boolean(),
  crlf: fc.boolean(),
})

function flowValue(v: Value): string {
  if (v.kind === 'scalar') return v.src
  if (v.kind === 'list') return `[${v.items.join(', ')}]`
  return `{${v.entries.map(([k, s]) => `${k}: ${s}`).join(', ')}}`
}

function blockEntry(e: Entry, seqIndent: number): string[] {
  const comment = e.comment ? '   # note' : ''
  const before = e.commentBefore ? ['    # about ' + e.key] : []
  if (e.value.kind === 'list' && e.value.items.length > 0) {
    return [...before, `    ${e.key}:${comment}`, ...e.value.items.map((s) => `    ${' '.repeat(seqIndent)}- ${s}`)]
  }
  if (e.value.kind === 'map') return [...before, `    ${e.key}:${comment}`, ...e.value.entries.map(([k, s]) => `      ${k}: ${s}`)]
  return [...before, `    ${e.key}: ${flowValue(e.value)}${comment}`]
}

function serviceLines(s: Service): string[] {
  if (s.style === 'null' || s.entries.length === 0) return [`  ${s.name}:${s.trailingComment ? '  # empty' : ''}`]
  if (s.style === 'flow') return [`  ${s.name}: {${s.entries.map((e) => `${e.key}: ${flowValue(e.value)}`).join(', ')}}${s.trailingComment ? '  # flow' : ''}`]
  return [`  ${s.name}:`, ...s.entries.flatMap((e) => blockEntry(e, s.seqIndent)), ...(s.trailingComment ? ['    # the end of ' + s.name] : [])]
}

/** The document text and, per service, the [start, end) range of its lines. */
function render(d: DocSpec): { text: string; ranges: [number, number][] } {
  const eol = d.crlf ? '\r\n' : '\n'
  let text = (d.docStart ? '---' + eol : '') + (d.header ? '# header' + eol : '') + 'services:' + eol
  const ranges: [number, number][] = []
  for (const s of d.services) {
    const start = text.length
    text += serviceLines(s).join(eol) + eol
    ranges.push([start, text.length])
  }
  if (d.footer) text += eol + '# footer' + eol
  if (!d.finalNewline && !d.footer) {
    text = text.slice(0, -eol.length)
    ranges[ranges.length - 1][1] = text.length
  }
  return { text, ranges }
}

/** JSON-like values, including strings that YAML would misread if written plain. */
const tricky = fc.constantFrom(
  '1000:1000', 'true', 'no', 'Yes', 'off', '~', 'null', '', ' x', 'x ', '#a', 'a #b', 'a: b', '- a', '-a',
  '0755', '0o17', '1e3', '.inf', '0x1F', "it's", '"q"', '{a}', '[x]', '*a', '&a', '!t', '%x', '@x', '`x',
  'x\ny', 'tab\there', '<<', '---', '2001-12-14', '1_000', '+1', 'é', '\u2028',
)
const scalarValue = fc.oneof(
  tricky,
  fc.string(),
  fc.string({ unit: 'binary-ascii' }),
  fc.string({ unit: 'grapheme' }),
  fc.integer(),
  fc.double({ noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc.constant(null),
)
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalarValue },
  { weight: 1, arbitrary: fc.array(scalarValue, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'b c', 'd:e', 'true', '1'), fc.oneof(scalarValue, fc.array(scalarValue, { maxLength: 2 })), { maxKeys: 3 }) },
)

const setPath = (name: string) =>
  fc.constantFrom<YamlPath>(
    ...[...SCALAR_KEYS, 'hostname', 'deploy'].map((k) => ['services', name, k]),
    ['services', name, 'deploy', 'resources', 'limits', 'memory'],
    ['services', name, 'labels', 'com.example.x'],
  )
const appendPath = (name: string) => fc.constantFrom<YamlPath>(...[...LIST_KEYS, ...SCALAR_KEYS, 'devices'].map((k) => ['services', name, k]))

const getIn = (data: unknown, path: YamlPath): unknown =>
  path.reduce<unknown>((cur, seg) => (cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[String(seg)] : undefined), data)

const readBack = (text: string) => {
  const doc = parseDocument(text, { merge: true, uniqueKeys: false })
  expect(doc.errors).toEqual([])
  return doc.toJS() as unknown
}

function checkOp(d: DocSpec, index: number, op: EditOp, expected: (old: unknown) => unknown) {
  const { text, ranges } = render(d)
  const before = readBack(text)
  const result = applyPlan(text, [op])
  if (!result.ok) throw new Error(`${result.error}\n--- text:\n${text}`)
  expect(getIn(readBack(result.text), op.path)).toEqual(expected(getIn(before, op.path)))
  const [start, end] = ranges[index]
  expect(result.text.slice(0, start)).toBe(text.slice(0, start))
  expect(result.text.slice(result.text.length - (text.length - end))).toBe(text.slice(end))
}

const target = docArb.chain((d) => fc.tuple(fc.constant<DocSpec>(d), fc.nat(d.services.length - 1)))

// Generous timeouts: a few hundred parses per property, and CI machines may be busy.
describe('applyPlan properties', { timeout: 60_000 }, () => {
  it('set reads back as the value and edits only the service', () => {
    fc.assert(
      fc.property(
        target.chain(([d, i]) => fc.tuple(fc.constant(d), fc.constant(i), setPath(d.services[i].name), valueArb)),
        ([d, i, path, value]) => checkOp(d, i, setOp(path, value), () => value),
      ),
      { numRuns: 300 },
    )
  })

  it('append reads back as the old sequence plus the value and edits only the service', () => {
    fc.assert(
      fc.property(
        target.chain(([d, i]) => fc.tuple(fc.constant(d), fc.constant(i), appendPath(d.services[i].name), valueArb)),
        ([d, i, path, value]) =>
          checkOp(d, i, appendOp(path, value), (old) => (Array.isArray(old) ? [...old, value] : old === undefined || old === null ? [value] : [old, value])),
      ),
      { numRuns: 300 },
    )
  })

  it('a plan over several services gives exactly what its ops give made one by one', () => {
    const opOn = (name: string): fc.Arbitrary<EditOp> =>
      fc.oneof(
        { weight: 3, arbitrary: fc.tuple(setPath(name), valueArb).map(([p, v]) => setOp(p, v)) },
        { weight: 3, arbitrary: fc.tuple(appendPath(name), valueArb).map(([p, v]) => appendOp(p, v)) },
        { weight: 2, arbitrary: fc.constantFrom(...SCALAR_KEYS, ...LIST_KEYS, MAP_KEY).map((k) => deleteOp(['services', name, k])) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...LIST_KEYS), fc.nat(2)).map(([k, i]) => deleteOp(['services', name, k, i])) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SCALAR_KEYS), fc.constantFrom('web', 'new key')).map(([k, to]) => renameOp(['services', name, k], to)) },
      )
    const planned = docArb.chain((d) => fc.tuple(fc.constant<DocSpec>(d), fc.array(fc.constantFrom(...d.services.map((s) => s.name)).chain(opOn), { minLength: 2, maxLength: 8 })))
    fc.assert(
      fc.property(planned, ([d, ops]) => {
        const { text } = render(d)
        const oneByOne = ops.reduce<ApplyResult>((prev, op) => (prev.ok ? applyPlan(prev.text, [op]) : prev), { ok: true, text, edits: [] })
        const together = applyPlan(text, ops)
        expect(together.ok ? together.text : together.error).toBe(oneByOne.ok ? oneByOne.text : oneByOne.error)
      }),
      { numRuns: 500 },
    )
  })

  it('any op sequence either succeeds with text that parses, or fails with a message; it never throws', () => {
    const anyPath = fc.array(fc.oneof(fc.constantFrom('services', ...SERVICE_NAMES, ...SCALAR_KEYS, ...LIST_KEYS, MAP_KEY, 'A', 'x'), fc.nat(3)), { minLength: 1, maxLength: 5 })
    const anyOp: fc.Arbitrary<EditOp> = fc.oneof(
      fc.tuple(anyPath, valueArb).map(([p, v]) => setOp(p, v)),
      fc.tuple(anyPath, valueArb).map(([p, v]) => appendOp(p, v)),
      anyPath.map((p) => deleteOp(p)),
      fc.tuple(anyPath, fc.constantFrom('web', 'app', 'new key')).map(([p, k]) => renameOp(p, k)),
    )
    fc.assert(
      fc.property(docArb, fc.array(anyOp, { minLength: 1, maxLength: 4 }), (d, ops) => {
        const { text } = render(d)
        const result = applyPlan(text, ops)
        if (result.ok) expect(parseDocument(result.text, { merge: true, uniqueKeys: false }).errors).toEqual([])
        else expect(result.error).toMatch(/^Cannot (set|append|delete|rename) .+\.$/)
      }),
      { numRuns: 300 },
    )
  })
})
