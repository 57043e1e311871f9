import { edited } from './test-utils'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { addVolumePlan, removeVolumePlan, setVolumeReadOnlyPlan, volumeInputProblems, withReadOnlyMode } from './volumes'

const DB = `services:
  db:
    image: postgres:16
    volumes:
      - db-data:/var/lib/postgresql/data   # the data
      - ./init.sql:/docker-entrypoint-initdb.d/init.sql:ro
      - "./conf:/etc/postgresql:z"
      - type: bind
        source: /etc/localtime
        target: /etc/localtime
        read_only: true  # the host's clock
volumes:
  db-data: {}
`

describe('the read-only mode of a short-syntax volume', () => {
  it('adds and removes ro in the mode part, keeping other options', () => {
    expect(withReadOnlyMode('data:/data', true)).toBe('data:/data:ro')
    expect(withReadOnlyMode('./c:/c:z', true)).toBe('./c:/c:ro,z')
    expect(withReadOnlyMode('./c:/c:rw,z', true)).toBe('./c:/c:ro,z')
    expect(withReadOnlyMode('./c:/c:ro', false)).toBe('./c:/c')
    expect(withReadOnlyMode('./c:/c:z,ro', false)).toBe('./c:/c:z')
    expect(withReadOnlyMode('${SRC:-./c}:/c', true)).toBe('${SRC:-./c}:/c:ro')
    expect(withReadOnlyMode('C:\\data:/data', true)).toBe('C:\\data:/data:ro')
    expect(withReadOnlyMode('/anonymous', true)).toBeNull()
  })
})

describe('volume plans', () => {
  it('toggles read-only in short syntax, keeping quotes and comments', () => {
    expect(edited(DB, (f) => setVolumeReadOnlyPlan(f, 'db', { index: 0, on: true }))).toBe(
      DB.replace('- db-data:/var/lib/postgresql/data   #', '- db-data:/var/lib/postgresql/data:ro   #'),
    )
    expect(edited(DB, (f) => setVolumeReadOnlyPlan(f, 'db', { index: 1, on: false }))).toBe(DB.replace('init.sql:ro\n', 'init.sql\n'))
    expect(edited(DB, (f) => setVolumeReadOnlyPlan(f, 'db', { index: 2, on: true }))).toBe(DB.replace('"./conf:/etc/postgresql:z"', '"./conf:/etc/postgresql:ro,z"'))
  })

  it('sets or deletes read_only in long syntax', () => {
    expect(edited(DB, (f) => setVolumeReadOnlyPlan(f, 'db', { index: 3, on: false }))).toBe(DB.replace('\n        read_only: true  # the host\'s clock', ''))
    const text = 'services:\n  app:\n    volumes:\n      - {type: volume, source: cache, target: /cache}\n'
    expect(edited(text, (f) => setVolumeReadOnlyPlan(f, 'app', { index: 0, on: true }))).toBe(
      'services:\n  app:\n    volumes:\n      - {type: volume, source: cache, target: /cache, read_only: true}\n',
    )
  })

  it('refuses an anonymous volume and does nothing when the flag is already right', () => {
    const file = parseCompose('services:\n  app:\n    volumes: [/data]\n')
    expect(setVolumeReadOnlyPlan(file, 'app', { index: 0, on: true })).toMatch(/anonymous volume/)
    expect(setVolumeReadOnlyPlan(parseCompose(DB), 'db', { index: 1, on: true })).toBeNull()
  })

  it('overrides volumes merged from an anchor', () => {
    const text = 'x-v: &v\n  volumes: [./a:/a]\nservices:\n  app:\n    <<: *v\n'
    expect(edited(text, (f) => setVolumeReadOnlyPlan(f, 'app', { index: 0, on: true }))).toBe(
      'x-v: &v\n  volumes: [./a:/a]\nservices:\n  app:\n    <<: *v\n    volumes:\n      - ./a:/a:ro\n',
    )
  })

  it('validates new volumes', () => {
    expect(volumeInputProblems({ type: 'bind', source: './data', target: '/data', readOnly: false })).toEqual({})
    expect(volumeInputProblems({ type: 'volume', source: '', target: '/cache', readOnly: false })).toEqual({})
    expect(volumeInputProblems({ type: 'bind', source: 'data', target: 'data', readOnly: false })).toEqual({
      source: expect.stringMatching(/starts with \//),
      target: expect.stringMatching(/absolute/),
    })
    expect(volumeInputProblems({ type: 'volume', source: 'my data', target: '/d', readOnly: false }).source).toMatch(/letters, digits/)
  })

  it('adds a bind mount in short syntax', () => {
    const text = 'services:\n  app:\n    image: x\n'
    expect(edited(text, (f) => addVolumePlan(f, 'app', { type: 'bind', source: './conf', target: '/etc/app', readOnly: true }))).toBe(
      'services:\n  app:\n    image: x\n    volumes:\n      - ./conf:/etc/app:ro\n',
    )
  })

  it('declares a new named volume at the top level', () => {
    expect(edited(DB, (f) => addVolumePlan(f, 'db', { type: 'volume', source: 'wal', target: '/wal', readOnly: false }))).toBe(
      DB.replace("  # the host's clock\n", "  # the host's clock\n      - wal:/wal\n") + '  wal: {}\n',
    )
    // An already declared volume is not declared twice.
    expect(edited(DB, (f) => addVolumePlan(f, 'db', { type: 'volume', source: 'db-data', target: '/b', readOnly: true }))).toBe(
      DB.replace("  # the host's clock\n", "  # the host's clock\n      - db-data:/b:ro\n"),
    )
  })

  it('adds in long syntax when the list is all long syntax', () => {
    const text = 'services:\n  app:\n    volumes:\n      - type: volume\n        source: cache\n        target: /cache\nvolumes:\n  cache:\n'
    expect(edited(text, (f) => addVolumePlan(f, 'app', { type: 'bind', source: '/srv/app', target: '/srv', readOnly: true }))).toBe(
      'services:\n  app:\n    volumes:\n      - type: volume\n        source: cache\n        target: /cache\n      - type: bind\n        source: /srv/app\n        target: /srv\n        read_only: true\nvolumes:\n  cache:\n',
    )
  })

  it('removes a volume', () => {
    expect(edited(DB, (f) => removeVolumePlan(f, 'db', 1))).toBe(DB.replace('      - ./init.sql:/docker-entrypoint-initdb.d/init.sql:ro\n', ''))
  })
})
