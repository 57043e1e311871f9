import { describe, expect, it } from 'vitest'
import type { EditOp } from '../types'
import { applyPlan } from './apply-plan'

const op = (line: number, before: string, after: string | null): EditOp => ({ kind: 'comment', path: ['services', 'web'], line, before, after })
const TEXT = 'services:\n  web:\n    image: nginx\n    command: "a\n      b"\n'

describe('comment ops', () => {
  it('rewrite one line, and find it again when earlier ops moved it', () => {
    const result = applyPlan(TEXT, [op(2, '  web:', '  # note\n  web:'), op(3, '    image: nginx', '    image: nginx  # x')])
    expect(result).toMatchObject({ ok: true, text: 'services:\n  # note\n  web:\n    image: nginx  # x\n    command: "a\n      b"\n' })
    expect(applyPlan('a: 1\n# x', [op(2, '# x', null)])).toMatchObject({ ok: true, text: 'a: 1' })
    expect(applyPlan('# x\na: 1\n', [op(1, '# x', null)])).toMatchObject({ ok: true, text: 'a: 1\n' })
  })

  it('refuse a line that no longer reads as planned, or a change of what the file says', () => {
    expect(applyPlan(TEXT, [op(3, '    image: httpd', null)])).toEqual({ ok: false, error: 'Cannot comment services.web: line 3 no longer reads "    image: httpd".' })
    expect(applyPlan(TEXT, [op(4, '    command: "a', '    command: "a  # inside')])).toMatchObject({ ok: false, error: expect.stringMatching(/would change what the line says/) })
    expect(applyPlan(TEXT, [op(3, '    image: nginx', '    image: [nginx')])).toMatchObject({ ok: false, error: expect.stringMatching(/would break the YAML/) })
  })
})
