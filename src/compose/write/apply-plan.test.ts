import { describe, expect, it } from 'vitest'
import { applyOp, applyPlan } from './apply-plan'
import { minimalEdit } from './minimal-edit'
import { appendOp, deleteOp, plan, renameOp, setOp } from './plan'
import type { EditOp, TextEdit } from '../types'

/** Lines joined with "\n", ending with one. */
const y = (...lines: string[]) => lines.join('\n') + '\n'

const spliceAll = (text: string, edits: TextEdit[]) =>
  [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text)

/** Applies the ops, asserts success, and checks that the returned edits reproduce the returned text. */
function apply(text: string, ...ops: EditOp[]): string {
  const result = applyPlan(text, ops)
  if (!result.ok) throw new Error(result.error)
  expect(spliceAll(text, result.edits)).toBe(result.text)
  return result.text
}

function applyError(text: string, ...ops: EditOp[]): string {
  const result = applyPlan(text, ops)
  expect(result.ok).toBe(false)
  return result.ok ? '' : result.error
}

const app = (...rest: (string | number)[]) => ['services', 'app', ...rest]

describe('set on an existing scalar splices only the scalar', () => {
  it('keeps a same-line comment and its spacing', () => {
    const text = y('services:', '  app:', '    image: x', '    read_only: false   # keep')
    expect(apply(text, setOp(app('read_only'), true))).toBe(y('services:', '  app:', '    image: x', '    read_only: true   # keep'))
  })

  it('keeps double quotes, single quotes and plain style', () => {
    const text = y('services:', '  app:', '    image: "nginx:1"', "    user: 'root'", '    working_dir: /srv')
    expect(apply(text, setOp(app('image'), 'nginx:2'), setOp(app('user'), "it's"), setOp(app('working_dir'), '/app'))).toBe(
      y('services:', '  app:', '    image: "nginx:2"', "    user: 'it''s'", '    working_dir: /app'),
    )
  })

  it('quotes a plain value when the new string would read as something else', () => {
    const text = y('services:', '  app:', '    user: root', '    hostname: a', '    domainname: b', '    stop_signal: c', '    entrypoint: d')
    const result = apply(
      text,
      setOp(app('user'), '1000:1000'),
      setOp(app('hostname'), 'true'),
      setOp(app('domainname'), '0755'),
      setOp(app('stop_signal'), ' padded '),
      setOp(app('entrypoint'), 'a # b'),
    )
    expect(result).toBe(
      y('services:', '  app:', '    user: "1000:1000"', '    hostname: "true"', '    domainname: "0755"', '    stop_signal: " padded "', '    entrypoint: "a # b"'),
    )
  })

  it('writes numbers and booleans plain, even where a string was quoted', () => {
    const text = y('services:', '  app:', '    cpus: "0.5"', '    read_only: "no"')
    expect(apply(text, setOp(app('cpus'), 1.5), setOp(app('read_only'), true))).toBe(y('services:', '  app:', '    cpus: 1.5', '    read_only: true'))
  })

  it('leaves tabs in comments alone', () => {
    const text = y('services:', '  app:\t# the\tapp', '    image: x\t#\ttab')
    expect(apply(text, setOp(app('image'), 'nginx'))).toBe(y('services:', '  app:\t# the\tapp', '    image: nginx\t#\ttab'))
  })

  it('returns one minimal edit and no edit when nothing changes', () => {
    const text = y('services:', '  app:', '    read_only: true')
    const same = applyOp(text, setOp(app('read_only'), true))
    expect(same).toEqual({ ok: true, text, edits: [] })
    const changed = applyOp(text, setOp(app('read_only'), false))
    expect(changed.ok && changed.edits).toEqual([{ start: 32, end: 35, text: 'fals' }])
  })
})

describe('set on a missing key inserts lines', () => {
  it('adds the key after the last pair, before trailing comment lines', () => {
    const text = y('services:', '  app:', '    image: x', '    # ports:', '    #   - 80:80', '  db:', '    image: y')
    expect(apply(text, setOp(app('user'), '1000:1000'))).toBe(
      y('services:', '  app:', '    image: x', '    user: "1000:1000"', '    # ports:', '    #   - 80:80', '  db:', '    image: y'),
    )
  })

  it('creates missing intermediate maps in one block', () => {
    const text = y('services:', '  app:', '    image: x', '  db:', '    image: y')
    expect(apply(text, setOp(app('deploy', 'resources', 'limits', 'memory'), '512m'))).toBe(
      y('services:', '  app:', '    image: x', '    deploy:', '      resources:', '        limits:', '          memory: 512m', '  db:', '    image: y'),
    )
  })

  it('follows a four-space indent and non-indented sequences', () => {
    const text = y('services:', '    app:', '        cap_drop:', '        - ALL')
    expect(apply(text, setOp(app('security_opt'), ['no-new-privileges:true']), setOp(app('deploy', 'resources', 'limits', 'cpus'), '0.5'))).toBe(
      y(
        'services:',
        '    app:',
        '        cap_drop:',
        '        - ALL',
        '        security_opt:',
        '        - no-new-privileges:true',
        '        deploy:',
        '            resources:',
        '                limits:',
        '                    cpus: "0.5"',
      ),
    )
  })

  it('adds to a flow map in flow style', () => {
    expect(apply(y('services:', '  app: {image: x}  # short'), setOp(app('user'), '1000:1000'))).toBe(y('services:', '  app: {image: x, user: "1000:1000"}  # short'))
    expect(apply(y('services:', '  app: {}'), setOp(app('read_only'), true))).toBe(y('services:', '  app: {read_only: true}'))
    expect(apply(y('services:', '  app: {image: x}'), setOp(app('deploy', 'resources', 'limits', 'memory'), '1g'))).toBe(
      y('services:', '  app: {image: x, deploy: {resources: {limits: {memory: 1g}}}}'),
    )
  })

  it('turns a null service into a block map one unit deeper than its key', () => {
    expect(apply(y('services:', '  app:', '  db:', '    image: y'), setOp(app('user'), 'nobody'))).toBe(
      y('services:', '  app:', '    user: nobody', '  db:', '    image: y'),
    )
    expect(apply(y('services:', '  app: ~   # todo'), setOp(app('read_only'), true))).toBe(y('services:', '  app:   # todo', '    read_only: true'))
  })

  it('handles a last line without a trailing newline', () => {
    const text = 'services:\n  app:\n    image: x'
    expect(apply(text, setOp(app('read_only'), true))).toBe('services:\n  app:\n    image: x\n    read_only: true')
    expect(apply(text, setOp(app('image'), 'y'))).toBe('services:\n  app:\n    image: "y"')
  })

  it('keeps the document start marker and trailing comments', () => {
    const text = y('---', '# head', 'services:', '  app:', '    image: x', '', '# trailing', '# more')
    expect(apply(text, setOp(app('user'), 'nobody'))).toBe(y('---', '# head', 'services:', '  app:', '    image: x', '    user: nobody', '', '# trailing', '# more'))
  })

  it('adds the first top-level key to an empty document', () => {
    expect(apply('', setOp(app('image'), 'x'))).toBe(y('services:', '  app:', '    image: x'))
    expect(apply('# nothing yet\n', setOp(app('image'), 'x'))).toBe(y('# nothing yet', 'services:', '  app:', '    image: x'))
  })
})

describe('CRLF files', () => {
  const crlf = (...lines: string[]) => lines.join('\r\n') + '\r\n'

  it('uses CRLF in every inserted line', () => {
    const text = crlf('services:', '  app:', '    image: x   # c', '  db:', '    image: y')
    expect(apply(text, setOp(app('deploy', 'resources', 'limits', 'memory'), '1g'), appendOp(app('cap_drop'), 'ALL'))).toBe(
      crlf('services:', '  app:', '    image: x   # c', '    deploy:', '      resources:', '        limits:', '          memory: 1g', '    cap_drop:', '      - ALL', '  db:', '    image: y'),
    )
  })

  it('deletes whole CRLF lines', () => {
    const text = crlf('services:', '  app:', '    image: x', '    read_only: true', '  db:', '    image: y')
    expect(apply(text, deleteOp(app('read_only')))).toBe(crlf('services:', '  app:', '    image: x', '  db:', '    image: y'))
  })
})

describe('set replaces collections in their own style', () => {
  it('block stays block at the same indentation, comments on the key line stay', () => {
    const text = y('services:', '  app:', '    environment:   # env', '      A: "1"', '      B: "2"', '    image: x')
    expect(apply(text, setOp(app('environment'), { C: '3' }))).toBe(y('services:', '  app:', '    environment:   # env', '      C: "3"', '    image: x'))
  })

  it('flow stays flow', () => {
    const text = y('services:', '  app:', '    cap_drop: [NET_RAW]  # c')
    expect(apply(text, setOp(app('cap_drop'), ['ALL', 'NET_RAW']))).toBe(y('services:', '  app:', '    cap_drop: [ALL, NET_RAW]  # c'))
  })

  it('a scalar becomes a block under its key; a block becomes a scalar after its key', () => {
    const text = y('services:', '  app:', '    command: run   # c', '    ports:', '      - "80:80"')
    expect(apply(text, setOp(app('command'), ['run', '--fast']), setOp(app('ports'), []))).toBe(
      y('services:', '  app:', '    command:   # c', '      - run', '      - --fast', '    ports: []'),
    )
  })

  it('refuses to leave text whose data would differ from the plan (safety net)', () => {
    expect(applyError(y('a: !!str', '  b'), setOp(['a'], 5))).toMatch(/^Cannot set a: a would read back as "5", not 5\.$/)
  })
})

describe('anchors, merge keys and aliases', () => {
  const defaults = y('x-defaults: &defaults', '  restart: always', '  user: root', '  logging:', '    driver: json-file', 'services:', '  app:', '    <<: *defaults', '    image: x')

  it('adds an own key for a value only inherited through <<, anchor untouched', () => {
    expect(apply(defaults, setOp(app('user'), '1000:1000'))).toBe(defaults + '    user: "1000:1000"\n')
  })

  it('materialises a nested inherited map with the change applied', () => {
    expect(apply(defaults, setOp(app('logging', 'options', 'max-size'), '10m'))).toBe(
      defaults + y('    logging:', '      driver: json-file', '      options:', '        max-size: 10m'),
    )
  })

  it('looks through <<: [*a, *b] (first source wins) and copies an inherited sequence to append', () => {
    const text = y('x-a: &a', '  read_only: false', 'x-b: &b', '  read_only: true', '  tmpfs:', '    - /run', 'services:', '  app:', '    <<: [*a, *b]', '    image: x')
    expect(apply(text, setOp(app('read_only'), true), appendOp(app('tmpfs'), '/tmp'))).toBe(
      text + y('    read_only: true', '    tmpfs:', '      - /run', '      - /tmp'),
    )
  })

  it('replaces an alias value by a full copy instead of editing the anchor', () => {
    const head = y('x-logging: &default-logging', '  driver: json-file', '  options:', '    max-size: 1m', 'services:', '  app:')
    const text = head + y('    logging: *default-logging   # shared', '    image: x')
    expect(apply(text, setOp(app('logging', 'options', 'max-file'), '3'))).toBe(
      head + y('    logging:   # shared', '      driver: json-file', '      options:', '        max-size: 1m', '        max-file: "3"', '    image: x'),
    )
  })

  it('refuses to delete or rename an inherited key, naming the anchor', () => {
    expect(applyError(defaults, deleteOp(app('user')))).toBe(
      'Cannot delete services.app.user: services.app.user is inherited from anchor "defaults"; edit it there or override it.',
    )
    expect(applyError(defaults + '    user: app\n', deleteOp(app('user')))).toMatch(/also inherited from anchor "defaults"/)
    expect(applyError(defaults, renameOp(app('restart'), 'x'))).toMatch(/inherited from anchor "defaults"/)
  })

  it('edits an anchor itself when asked to, and the services that use it follow', () => {
    const text = y('x-d: &d', '  user: root', 'services:', '  app:', '    <<: *d')
    expect(apply(text, setOp(['x-d', 'user'], 'nobody'))).toBe(y('x-d: &d', '  user: nobody', 'services:', '  app:', '    <<: *d'))
    expect(apply(text, deleteOp(['x-d', 'user']))).toBe(y('x-d: &d {}', 'services:', '  app:', '    <<: *d'))
  })

  it('appends to an anchored sequence in place, but copies it where it is only an alias', () => {
    const text = y('services:', '  app:', '    cap_add: &caps [CHOWN]', '  db:', '    cap_add: *caps')
    expect(apply(text, appendOp(app('cap_add'), 'NET_ADMIN'))).toBe(y('services:', '  app:', '    cap_add: &caps [CHOWN, NET_ADMIN]', '  db:', '    cap_add: *caps'))
    expect(apply(text, appendOp(['services', 'db', 'cap_add'], 'NET_ADMIN'))).toBe(
      y('services:', '  app:', '    cap_add: &caps [CHOWN]', '  db:', '    cap_add:', '      - CHOWN', '      - NET_ADMIN'),
    )
  })

  it('materialises a whole service that is an alias of another', () => {
    const text = y('services:', '  app: &app', '    image: x', '  app2: *app')
    expect(apply(text, setOp(['services', 'app2', 'user'], 'nobody'))).toBe(y('services:', '  app: &app', '    image: x', '  app2:', '    image: x', '    user: nobody'))
  })

  it('reads a `<<` over a sequence as a plain key, as parseCompose does, so plans still apply', () => {
    const text = y('x-vols: &vols', '  - data:/data', 'services:', '  app:', '    volumes:', '      <<: *vols')
    expect(apply(text, setOp(app('read_only'), true))).toBe(text + '    read_only: true\n')
  })

  it('deleting a key that is absent everywhere is a no-op', () => {
    expect(applyOp(defaults, deleteOp(app('privileged')))).toEqual({ ok: true, text: defaults, edits: [] })
    expect(applyOp(defaults, deleteOp(app('logging', 'options')))).toEqual({ ok: true, text: defaults, edits: [] })
  })
})

describe('empty values, block scalars and multi-line flow', () => {
  it('puts a value into an empty one before its comment', () => {
    expect(apply(y('services:', '  db:  # empty'), setOp(['services', 'db', 'user'], 'x'))).toBe(y('services:', '  db:  # empty', '    user: x'))
    expect(apply(y('services:', '  app:', '    tmpfs:', '      - # c', '      - /run'), setOp(app('tmpfs', 0), '/tmp'))).toBe(
      y('services:', '  app:', '    tmpfs:', '      - /tmp # c', '      - /run'),
    )
  })

  it('inserts after a kept block scalar without eating its trailing lines', () => {
    const text = y('services:', '  app:', '    command: |+', '      x', '', '')
    expect(apply(text, setOp(app('user'), 'u'))).toBe(y('services:', '  app:', '    command: |+', '      x', '', '', '    user: u'))
  })

  it('keeps one entry per line in multi-line flow maps', () => {
    const text = y('services:', '  app:', '    environment: {', '      A: "1",', '      B: "2"', '    }')
    expect(apply(text, setOp(app('environment', 'C'), '3'))).toBe(y('services:', '  app:', '    environment: {', '      A: "1",', '      B: "2",', '      C: "3"', '    }'))
    expect(apply(text, deleteOp(app('environment', 'B')))).toBe(y('services:', '  app:', '    environment: {', '      A: "1"', '    }'))
    const trailing = y('services:', '  app:', '    environment: {', '      A: "1",', '    }')
    expect(apply(trailing, setOp(app('environment', 'B'), '2'))).toBe(y('services:', '  app:', '    environment: {', '      A: "1",', '      B: "2",', '    }'))
  })
})

describe('append', () => {
  it('adds a block item at the items’ indentation, also for non-indented sequences', () => {
    expect(apply(y('services:', '  app:', '    cap_drop:', '    - NET_RAW   # raw', '    image: x'), appendOp(app('cap_drop'), 'ALL'))).toBe(
      y('services:', '  app:', '    cap_drop:', '    - NET_RAW   # raw', '    - ALL', '    image: x'),
    )
  })

  it('adds to flow sequences, empty ones included', () => {
    expect(apply(y('services:', '  app:', '    tmpfs: [/run]'), appendOp(app('tmpfs'), '/tmp:size=64M'))).toBe(y('services:', '  app:', '    tmpfs: [/run, "/tmp:size=64M"]'))
    expect(apply(y('services:', '  app:', '    tmpfs: []'), appendOp(app('tmpfs'), '/tmp'))).toBe(y('services:', '  app:', '    tmpfs: [/tmp]'))
  })

  it('creates a missing sequence in the file’s habit, or in flow style inside a flow map', () => {
    expect(apply(y('services:', '  app:', '    cap_drop:', '    - ALL'), appendOp(app('security_opt'), 'no-new-privileges:true'))).toBe(
      y('services:', '  app:', '    cap_drop:', '    - ALL', '    security_opt:', '    - no-new-privileges:true'),
    )
    expect(apply(y('services:', '  app: {image: x}'), appendOp(app('tmpfs'), '/tmp'))).toBe(y('services:', '  app: {image: x, tmpfs: [/tmp]}'))
  })

  it('turns a scalar into [old, new], keeping how the old one was written', () => {
    expect(apply(y('services:', '  app:', '    tmpfs: "/run"  # c'), appendOp(app('tmpfs'), '/tmp:size=64M'))).toBe(
      y('services:', '  app:', '    tmpfs:  # c', '      - "/run"', '      - /tmp:size=64M'),
    )
    expect(apply(y('services:', '  app: {tmpfs: /run}'), appendOp(app('tmpfs'), '/tmp'))).toBe(y('services:', '  app: {tmpfs: [/run, /tmp]}'))
  })

  it('refuses to append to a map', () => {
    expect(applyError(y('services:', '  app:', '    labels: {a: b}'), appendOp(app('labels'), 'x'))).toMatch(/is a map/)
  })
})

describe('delete', () => {
  it('removes a block pair with its whole value and same-line comment', () => {
    const text = y('services:', '  app:', '    healthcheck:   # hc', '      test: [CMD, "true"]', '      interval: 10s', '    image: x  # img')
    expect(apply(text, deleteOp(app('healthcheck')))).toBe(y('services:', '  app:', '    image: x  # img'))
  })

  it('keeps full-line comments from the lines it removes, but not `#` lines of a block scalar', () => {
    const text = y('services:', '  app:', '    volumes:', '      # the docker socket', '      - /var/run/docker.sock:/var/run/docker.sock', '    command: |', '      # text, not a comment', '      run', '    image: x')
    expect(apply(text, deleteOp(app('volumes', 0)), deleteOp(app('command')))).toBe(y('services:', '  app:', '      # the docker socket', '    image: x'))
    const env = y('services:', '  app:', '    environment:', '      # keep me', '      A: "1"', '    image: x')
    expect(apply(env, setOp(app('environment'), []))).toBe(y('services:', '  app:', '    environment: []', '      # keep me', '    image: x'))
  })

  it('removes a flow pair and one comma', () => {
    expect(apply(y('services:', '  app: {image: x, user: root, read_only: true}'), deleteOp(app('user')))).toBe(y('services:', '  app: {image: x, read_only: true}'))
    expect(apply(y('services:', '  app: {image: x, user: root}'), deleteOp(app('user')))).toBe(y('services:', '  app: {image: x}'))
  })

  it('removes block and flow items', () => {
    expect(apply(y('services:', '  app:', '    cap_add:', '      - NET_ADMIN', '      - SYS_TIME', '    image: x'), deleteOp(app('cap_add', 0)))).toBe(
      y('services:', '  app:', '    cap_add:', '      - SYS_TIME', '    image: x'),
    )
    expect(apply(y('services:', '  app:', '    cap_add: [NET_ADMIN, SYS_TIME]'), deleteOp(app('cap_add', 1)))).toBe(y('services:', '  app:', '    cap_add: [NET_ADMIN]'))
  })

  it('removes the key of a sequence or map left empty, recursively', () => {
    expect(apply(y('services:', '  app:', '    cap_add:', '      - NET_ADMIN', '    image: x'), deleteOp(app('cap_add', 0)))).toBe(y('services:', '  app:', '    image: x'))
    expect(apply(y('services:', '  app:', '    ports: ["80:80"]', '    image: x'), deleteOp(app('ports', 0)))).toBe(y('services:', '  app:', '    image: x'))
    const deep = y('services:', '  app:', '    deploy:', '      resources:', '        limits:', '          memory: 1g', '    image: x')
    expect(apply(deep, deleteOp(app('deploy', 'resources', 'limits', 'memory')))).toBe(y('services:', '  app:', '    image: x'))
  })

  it('never removes a service or services: they become {}', () => {
    expect(apply(y('services:', '  app:', '    image: x', '  db:', '    image: y'), deleteOp(app('image')))).toBe(y('services:', '  app: {}', '  db:', '    image: y'))
    expect(apply(y('services:', '  app:', '    image: x'), deleteOp(['services', 'app']))).toBe(y('services: {}'))
  })

  it('removes the first key of a map written on its item line', () => {
    expect(apply(y('services:', '  app:', '    volumes:', '      - type: bind', '        source: ./x'), deleteOp(app('volumes', 0, 'type')))).toBe(
      y('services:', '  app:', '    volumes:', '      - source: ./x'),
    )
  })

  it('is a no-op for a missing path', () => {
    const text = y('services:', '  app:', '    image: x')
    expect(applyOp(text, deleteOp(['services', 'db', 'image']))).toEqual({ ok: true, text, edits: [] })
    expect(applyOp(text, deleteOp(app('image', 'x')))).toEqual({ ok: true, text, edits: [] })
  })
})

describe('rename', () => {
  it('renames a service key and nothing else', () => {
    const text = y('services:', '  app:   # main', '    image: x', '  db:', '    image: y')
    expect(apply(text, renameOp(['services', 'app'], 'web'))).toBe(y('services:', '  web:   # main', '    image: x', '  db:', '    image: y'))
    expect(apply(text, renameOp(['services', 'app'], 'my app:1'))).toBe(y('services:', '  "my app:1":   # main', '    image: x', '  db:', '    image: y'))
  })

  it('refuses an existing key and a missing one', () => {
    const text = y('services:', '  app:', '    image: x', '  db:', '    image: y')
    expect(applyError(text, renameOp(['services', 'app'], 'db'))).toBe('Cannot rename services.app: services already has a key "db".')
    expect(applyError(text, renameOp(['services', 'nope'], 'x'))).toBe('Cannot rename services.nope: services.nope does not exist.')
  })
})

describe('plans and errors', () => {
  it('applies several ops in order and reports one edit against the original', () => {
    const text = y('services:', '  app:', '    image: x', '  db:', '    image: y')
    const result = applyPlan(text, plan('harden', setOp(app('read_only'), true), setOp(['services', 'db', 'read_only'], true)))
    expect(result).toEqual({
      ok: true,
      text: y('services:', '  app:', '    image: x', '    read_only: true', '  db:', '    image: y', '    read_only: true'),
      edits: [{ start: 32, end: 48, text: '  read_only: true\n  db:\n    image: y\n    read_only: true' }],
    })
  })

  it('never touches text with YAML errors', () => {
    expect(applyError(y('services:', '  app:', '    image: [x'), setOp(app('image'), 'y'))).toMatch(/^The YAML has an error, so nothing was changed: .*line 4, column 1\. Fix it first\.$/)
    const tabbed = applyPlan('services:\n  app:\n\timage: x\n', plan('nothing'))
    expect(tabbed.ok === false && tabbed.error).toMatch(/Tabs are not allowed/)
  })

  it('explains impossible paths and values', () => {
    const text = y('services:', '  app:', '    image: x', '    environment:', '      - A=1')
    expect(applyError(text, setOp(app('image', 'tag'), 'y'))).toBe('Cannot set services.app.image.tag: services.app.image is the scalar "x", so it has no tag.')
    expect(applyError(text, setOp(app('environment', 'B'), '1'))).toMatch(/is a sequence; use an item index/)
    expect(applyError(text, setOp(app('ports', 0), '80'))).toMatch(/no sequence to hold item \[0\]/)
    expect(applyError(text, setOp(app('x'), undefined))).toMatch(/type undefined/)
    expect(applyError(text, setOp([], 1))).toMatch(/path is empty/)
  })
})

describe('minimalEdit', () => {
  it('trims the common prefix and suffix', () => {
    expect(minimalEdit('abc', 'abc')).toBeNull()
    expect(minimalEdit('read_only: false', 'read_only: true')).toEqual({ start: 11, end: 15, text: 'tru' })
    expect(minimalEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' })
  })

  it('never splits a CRLF or a surrogate pair', () => {
    expect(minimalEdit('a\r\nb', 'a\nb')).toEqual({ start: 1, end: 3, text: '\n' })
    expect(minimalEdit('x\r\n', 'x\r\r\n')).toEqual({ start: 1, end: 1, text: '\r' })
    expect(minimalEdit('x\r\n', 'x\n')).toEqual({ start: 1, end: 3, text: '\n' })
    expect(minimalEdit('😀', '😃')).toEqual({ start: 0, end: 2, text: '😃' })
  })
})
