import { describe, expect, it } from 'vitest'
import { parseCompose } from './parse'
import { mergedKeyBelow } from './services'

const text = `x-defaults: &defaults
  user: root
  logging: &log
    driver: json-file
x-more: &more
  read_only: true
services:
  base:
    image: base:1
    cap_drop: [ALL]
    deploy:
      resources:
        limits: {memory: 256M}
  app:
    <<: [*defaults, *more]
    extends: base
    image: app:1
    cap_drop: [NET_RAW]
  aliased: *defaults
  empty:
`

describe('resolved services', () => {
  const f = parseCompose(text)
  const app = f.services.find((s) => s.name === 'app')!

  it('applies own keys over merge keys over extends', () => {
    expect(app.data.image).toBe('app:1')
    expect(app.data.user).toBe('root')
    expect(app.data.read_only).toBe(true)
    expect(app.data.cap_drop).toEqual(['ALL', 'NET_RAW'])
    expect(app.data.deploy).toEqual({ resources: { limits: { memory: '256M' } } })
    expect([...app.inheritedKeys].sort()).toEqual(['deploy', 'logging', 'read_only', 'user'])
  })

  it('locates own, merged and extended values', () => {
    expect(app.locate(['image'])).toMatchObject({ origin: 'own', pos: { line: 17, column: 5 } })
    expect(app.locate(['user'])).toMatchObject({ origin: 'merge', anchor: 'defaults', pos: { line: 2 } })
    expect(app.locate(['read_only'])).toMatchObject({ origin: 'merge', anchor: 'more', pos: { line: 6 } })
    expect(app.locate(['logging', 'driver'])).toMatchObject({ origin: 'merge', anchor: 'defaults', pos: { line: 4 } })
    expect(app.locate(['deploy', 'resources', 'limits', 'memory'])).toMatchObject({ origin: 'extends', from: 'base', pos: { line: 14 } })
    expect(app.locate(['cap_drop', 0])).toMatchObject({ origin: 'own', pos: { line: 18, column: 16 } })
    expect(app.locate(['privileged'])).toBeUndefined()
  })

  it('treats an aliased or empty service as inherited or empty', () => {
    const aliased = f.services.find((s) => s.name === 'aliased')!
    expect(aliased.data.user).toBe('root')
    expect(aliased.locate(['user'])).toMatchObject({ origin: 'merge', anchor: 'defaults' })
    const empty = f.services.find((s) => s.name === 'empty')!
    expect(empty.data).toEqual({})
    expect(empty.keyPos.line).toBe(20)
  })

  it('survives extends cycles and missing bases', () => {
    const g = parseCompose('services:\n  a: {extends: b, image: a}\n  b: {extends: a}\n  c: {extends: nowhere}\n')
    expect(g.services.map((s) => s.data.image)).toEqual(['a', 'a', undefined])
  })
})

describe('lists merged by extends', () => {
  it('maps a resolved index onto the service own list, or onto the base', () => {
    const f = parseCompose('services:\n  base:\n    ports: ["80:80"]\n  child:\n    extends: base\n    ports:\n      - "443:443"\n')
    const child = f.services[1]
    expect(child.data.ports).toEqual(['80:80', '443:443'])
    expect(child.itemPath('ports', 0)).toBeNull()
    expect(child.itemPath('ports', 1)).toEqual(['ports', 0])
    expect(child.locate(['ports', 0])).toMatchObject({ origin: 'own', pos: { line: 7, column: 9 } })
    expect(f.services[0].itemPath('ports', 0)).toEqual(['ports', 0])
  })
})

describe('mergedKeyBelow', () => {
  it('says when an own key only hides a key a merge source (or a nested one) also sets', () => {
    const f = parseCompose('x-a: &a\n  ipc: host\nx-b: &b\n  <<: *a\n  image: b\nservices:\n  s:\n    <<: *b\n    ipc: host\n    pid: host\n')
    expect(mergedKeyBelow(f.doc, 's', 'ipc')).toBe(true)
    expect(mergedKeyBelow(f.doc, 's', 'image')).toBe(true)
    expect(mergedKeyBelow(f.doc, 's', 'pid')).toBe(false)
    expect(mergedKeyBelow(f.doc, 'missing', 'ipc')).toBe(false)
  })
})
