import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { analyze } from '../rules/engine'
import { listItems } from '../compose/read/settings-items'
import { editItemPlan, findingsByItem, findService, REMOVE, usesLongSyntax } from './list-items'

const TEXT = `x-mounts: &mounts
  volumes:
    - /var/run/docker.sock:/var/run/docker.sock
services:
  base:
    volumes: [/etc:/host/etc]
  app:
    extends: base
    volumes: [./data:/data]
  proxy:
    <<: *mounts
    devices:
      - source: /dev/fuse
        target: /dev/fuse
`

const file = parseCompose(TEXT)
const service = (name: string) => {
  const s = findService(file, name)
  if (typeof s === 'string') throw new Error(s)
  return s
}

describe('list items', () => {
  it('finds services or says they are gone', () => {
    expect(findService(file, 'nope')).toMatch(/no service "nope"/)
  })

  it('traces items to the anchor or the base service they come from', () => {
    expect(listItems(service('proxy'), 'volumes')[0].located).toMatchObject({ origin: 'merge', anchor: 'mounts' })
    expect(listItems(service('app'), 'volumes')[0].located).toMatchObject({ origin: 'extends', from: 'base' })
    expect(listItems(service('app'), 'volumes')[1].located).toMatchObject({ origin: 'own' })
  })

  it('refuses to edit an item of the base service, and overrides an anchored list', () => {
    expect(editItemPlan('Remove', file, service('app'), 'volumes', 0, REMOVE)).toMatch(/service "base" through extends; change it there/)
    expect(editItemPlan('Remove', file, service('proxy'), 'volumes', 0, REMOVE)).toMatchObject({ ops: [{ kind: 'set', path: ['services', 'proxy', 'volumes'], value: [] }] })
    expect(editItemPlan('Remove', file, service('proxy'), 'volumes', 5, REMOVE)).toMatch(/gone/)
  })

  it('gives each item its findings', () => {
    const byItem = findingsByItem(service('proxy'), 'volumes', analyze(file), ['no-docker-socket'])
    expect([...byItem.keys()]).toEqual([0])
    expect(byItem.get(0)?.[0]).toMatchObject({ ruleId: 'no-docker-socket', severity: 'critical' })
  })

  it('gives a long-syntax item the findings reported on one of its keys', () => {
    const long = parseCompose('services:\n  app:\n    volumes:\n      - ./a:/a\n      - type: bind\n        source: /etc\n        target: /etc\n')
    const app = long.services[0]
    const byItem = findingsByItem(app, 'volumes', analyze(long), ['no-sensitive-host-mounts'])
    expect([...byItem.keys()]).toEqual([1])
    expect(byItem.get(1)?.[0].at).toEqual(['volumes', 1, 'source'])
  })

  it('knows when a list is written in long syntax only', () => {
    expect(usesLongSyntax(service('proxy'), 'devices')).toBe(true)
    expect(usesLongSyntax(service('app'), 'volumes')).toBe(false)
    expect(usesLongSyntax(service('app'), 'ports')).toBe(false)
  })
})
