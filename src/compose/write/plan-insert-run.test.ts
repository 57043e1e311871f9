import { describe, expect, it } from 'vitest'
import { parseCompose } from '../read/parse'
import type { EditOp } from '../types'
import { applyPlan } from './apply-plan'
import { appendOp, setOp } from './plan'
import { parseText } from './plan-parse'
import { detectStyle } from './plan-style'
import { insertsTogether } from './plan-insert-run'

const y = (...lines: string[]) => lines.join('\n') + '\n'
const app = (...rest: (string | number)[]) => ['services', 'app', ...rest]

/** The text made op by op, each against a fresh parse: what the side-by-side path must reproduce. */
function oneByOne(text: string, ops: readonly EditOp[]): string {
  let current = text
  for (const op of ops) {
    const r = applyPlan(current, [op])
    if (!r.ok) throw new Error(r.error)
    current = r.text
  }
  return current
}

function together(text: string, ops: readonly EditOp[]): string | null {
  const start = parseText(text)
  let style: ReturnType<typeof detectStyle> | undefined
  const ctx = { text, doc: start.doc, get style() { return (style ??= detectStyle(text, start.doc)) } }
  return insertsTogether(start, ops, parseText, ctx)?.text ?? null
}

const HARDEN = [
  setOp(app('user'), '1000:1000'),
  setOp(app('cap_drop'), ['ALL']),
  appendOp(app('security_opt'), 'no-new-privileges:true'),
  setOp(app('deploy', 'resources', 'limits', 'memory'), '512m'),
  setOp(app('logging'), { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } }),
]

describe('insertsTogether: new keys of one map against one parse', () => {
  const texts = {
    plain: y('services:', '  app:', '    image: x', '  db:', '    image: y'),
    'deeper comments after the last entry': y('services:', '  app:', '    image: x', '      # about image', '    # heads what follows', '  db:', '    image: y'),
    'last service, no final newline': 'services:\n  app:\n    environment:\n      - A=1\n    image: x',
    'four-space indent, sequences at the key': y('services:', '    app:', '        ports:', '        - "80:80"', '        image: x'),
    'CRLF': y('services:', '  app:', '    image: x', '    # trailing').replace(/\n/g, '\r\n'),
    'block scalar last': y('services:', '  app:', '    command: |', '      run', '', '  db: {}'),
  }
  for (const [name, text] of Object.entries(texts)) {
    it(`gives the text one op after the other gives: ${name}`, () => {
      const got = together(text, HARDEN)
      expect(got).not.toBeNull()
      expect(got).toBe(oneByOne(text, HARDEN))
      const via = applyPlan(text, HARDEN)
      expect(via.ok && via.text).toBe(got)
    })
  }

  it('declines a key added twice, a nested key of a new one, flow maps and ops that are not inserts', () => {
    const text = texts.plain
    expect(together(text, [setOp(app('a'), 1), setOp(app('a'), 2)])).toBeNull()
    expect(together(text, [setOp(app('deploy', 'a'), 1), setOp(app('deploy', 'b'), 2)])).toBeNull()
    expect(together(text, [setOp(app('a'), 1), setOp(['services', 'db', 'a'], 1)])).toBeNull()
    expect(together(text, [setOp(app('a'), 1), setOp(app('image'), 'z')])).toBeNull()
    expect(together(y('services:', '  app: {image: x}'), [setOp(app('a'), 1), setOp(app('b'), 2)])).toBeNull()
  })

  it('still verifies the result: a parse that reads it otherwise makes the plan fail', () => {
    const text = texts.plain
    const parse = (t: string) => {
      const file = parseCompose(t)
      return t === text || !file.data ? file : { ...file, data: { ...file.data, stray: true } }
    }
    const out = applyPlan(text, HARDEN, { parse })
    expect(out.ok).toBe(false)
    expect(!out.ok && out.error).toMatch(/would also change other values/)
  })
})

describe('applyPlan: a top-level op repeated between services’ ops', () => {
  it('goes with the services’ ops in one round, with the text one op after the other gives', () => {
    const text = y('services:', '  db:', '    image: postgres', '  web:', '    image: nginx', '  cache:', '    image: redis', 'networks:', '  front: {}')
    const ops = [
      setOp(['networks', 'backend', 'internal'], true), setOp(['services', 'db', 'networks'], ['backend']), setOp(['services', 'web', 'networks'], ['default', 'backend']),
      setOp(['networks', 'backend', 'internal'], true), setOp(['services', 'cache', 'networks'], ['backend']), setOp(['services', 'web', 'networks'], ['default', 'backend']),
    ]
    let parses = 0
    const out = applyPlan(text, ops, { parse: (t) => (parses++, parseCompose(t)) })
    expect(out.ok && out.text).toBe(oneByOne(text, ops))
    expect(parses).toBe(2)
  })

  it('adds a new top-level key beside the last service’s new lines, and goes one by one when that service changes otherwise', () => {
    const last = y('services:', '  web:', '    image: nginx', '  db:', '    image: postgres', '    # about db')
    const add = [setOp(['networks', 'backend', 'internal'], true), setOp(['services', 'web', 'networks'], ['backend']), setOp(['services', 'db', 'networks'], ['backend'])]
    const change = [setOp(['networks', 'backend', 'internal'], true), setOp(['services', 'web', 'networks'], ['backend']), setOp(['services', 'db', 'image'], 'mysql')]
    for (const ops of [add, change]) {
      let parses = 0
      const out = applyPlan(last, ops, { parse: (t) => (parses++, parseCompose(t)) })
      expect(out.ok && out.text).toBe(oneByOne(last, ops))
      expect(parses).toBe(ops === add ? 2 : 3)
    }
  })
})
