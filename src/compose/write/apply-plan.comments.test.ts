// Same-line comments survive every edit of a line they sit on; only a deleted entry's own lines take theirs along.
import { describe, expect, it } from 'vitest'
import { applyPlan } from './apply-plan'
import { appendOp, deleteOp, setOp } from './plan'
import type { EditOp } from '../types'

/** Lines joined with "\n", ending with one. */
const y = (...lines: string[]) => lines.join('\n') + '\n'

function apply(text: string, ...ops: EditOp[]): string {
  const result = applyPlan(text, ops)
  if (!result.ok) throw new Error(result.error)
  return result.text
}

const app = (...rest: (string | number)[]) => ['services', 'app', ...rest]
const service = (...lines: string[]) => y('services:', '  app:', '    image: x', ...lines)

describe('a list or map left empty keeps the comment of its key line', () => {
  it('block sequence: the key goes, its comment stays at its indentation; the deleted item’s own comment goes', () => {
    const text = service('    security_opt: # needed for legacy', '      - seccomp:unconfined # off', '    restart: always')
    expect(apply(text, deleteOp(app('security_opt', 0)))).toBe(service('    # needed for legacy', '    restart: always'))
  })

  it('block sequence written as `key: []`: the comment stays on the key line', () => {
    const text = service('    security_opt: # needed for legacy', '      - seccomp:unconfined')
    expect(apply(text, setOp(app('security_opt'), []))).toBe(service('    security_opt: [] # needed for legacy'))
  })

  it('block map (`bind: # why`): the key goes, its comment stays', () => {
    const item = ['    volumes:', '      - type: bind', '        source: /mnt', '        target: /mnt']
    const text = service(...item, '        bind: # why', '          propagation: rshared', '    restart: always')
    expect(apply(text, deleteOp(app('volumes', 0, 'bind', 'propagation')))).toBe(service(...item, '        # why', '    restart: always'))
  })

  it('a list that must stay (an anchored one) becomes `[]` before the key line’s comment', () => {
    const text = service('    cap_add: &caps # shared', '      - NET_ADMIN # dhcp')
    expect(apply(text, deleteOp(app('cap_add', 0)))).toBe(service('    cap_add: &caps [] # shared'))
  })

  it('every emptied level on the way up keeps its key line’s comment', () => {
    const text = service('    deploy: # swarm only', '      resources: # limits', '        limits:', '          memory: 1g # enough', '      replicas: 2')
    expect(apply(text, deleteOp(app('deploy', 'resources', 'limits', 'memory')))).toBe(service('    deploy: # swarm only', '      # limits', '      replicas: 2'))
  })
})

describe('a kept or rewritten line keeps its comment', () => {
  it('a replaced scalar', () => {
    expect(apply(service('    user: root # legacy'), setOp(app('user'), '1000:1000'))).toBe(service('    user: "1000:1000" # legacy'))
  })

  it('the parent key line of a deleted item', () => {
    const text = service('    cap_add: # why', '      - NET_ADMIN', '      - SYS_TIME # ntp')
    expect(apply(text, deleteOp(app('cap_add', 0)))).toBe(service('    cap_add: # why', '      - SYS_TIME # ntp'))
  })

  it('flow collections: the comment after the brackets stays, also when the key goes', () => {
    const one = service('    cap_add: [SYS_ADMIN] # why', '    restart: always')
    expect(apply(one, deleteOp(app('cap_add', 0)))).toBe(service('    # why', '    restart: always'))
    const two = service('    cap_add: [SYS_ADMIN, NET_RAW] # why')
    expect(apply(two, deleteOp(app('cap_add', 0)))).toBe(service('    cap_add: [NET_RAW] # why'))
    expect(apply(two, setOp(app('cap_add'), ['NET_RAW']), appendOp(app('cap_add'), 'CHOWN'))).toBe(service('    cap_add: [NET_RAW, CHOWN] # why'))
  })

  it('a block body rewritten by set keeps its lines’ comments as whole lines', () => {
    const text = service('    environment: # env', '      A: "1" # one', '      B: "2"')
    expect(apply(text, setOp(app('environment'), {}))).toBe(service('    environment: {} # env', '      # one'))
    expect(apply(text, setOp(app('environment'), { C: '3' }))).toBe(service('    environment: # env', '      # one', '      C: "3"'))
  })

  it('a comment on another entry’s line that a removal spans', () => {
    const flow = service('    cap_add: [', '      SYS_ADMIN, # keep me', '      NET_RAW # goes', '    ]')
    expect(apply(flow, deleteOp(app('cap_add', 1)))).toBe(service('    cap_add: [', '      # keep me', '      SYS_ADMIN', '    ]'))
    const first = service('    volumes:', '      - type: bind # goes', '        # about the source', '        source: ./x')
    expect(apply(first, deleteOp(app('volumes', 0, 'type')))).toBe(service('    volumes:', '        # about the source', '      - source: ./x'))
  })

  it('a later insert goes after a kept comment indented deeper than the new line, before one that is not', () => {
    const text = service('    volumes:', '      - type: bind', '        target: /mnt', '        bind: # why', '          propagation: rshared', '    # ports:')
    expect(apply(text, deleteOp(app('volumes', 0, 'bind', 'propagation')), setOp(app('user'), 'u'), appendOp(app('volumes'), '/a:/a'))).toBe(
      service('    volumes:', '      - type: bind', '        target: /mnt', '        # why', '      - /a:/a', '    user: u', '    # ports:'),
    )
  })

  it('`#` inside quotes or a block scalar is text, not a comment', () => {
    const text = service('    command: |', '      # not a comment', '    labels: # l', '      "a #b": "c #d"')
    expect(apply(text, deleteOp(app('labels', 'a #b')), deleteOp(app('command')))).toBe(service('    # l'))
  })
})
