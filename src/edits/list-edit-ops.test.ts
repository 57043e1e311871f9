import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { listItems } from '../compose/read/settings-items'
import { deleteOp, setOp } from '../compose/write/plan'
import { listEditOps, REMOVE } from './list-items'

const service = (text: string, name: string) => {
  const file = parseCompose(text)
  const s = file.services.find((x) => x.name === name)
  if (!s) throw new Error(`no service ${name}`)
  return { file, s }
}

describe('listEditOps', () => {
  it('deletes own items from the highest index down', () => {
    const { file, s } = service('services:\n  a:\n    volumes: [/x:/x, ./y:/y, /z:/z]\n', 'a')
    const items = listItems(s, 'volumes')
    expect(listEditOps(file, s, 'volumes', [items[0], items[2]].map((item) => ({ item, next: REMOVE })))).toEqual([
      deleteOp(['services', 'a', 'volumes', 2]),
      deleteOp(['services', 'a', 'volumes', 0]),
    ])
  })

  it('overrides a list inherited through an anchor with the edited copy', () => {
    const { file, s } = service('x: &d\n  volumes: [/x:/x:rshared, ./y:/y]\nservices:\n  a:\n    <<: *d\n', 'a')
    const [first] = listItems(s, 'volumes')
    expect(listEditOps(file, s, 'volumes', [{ item: first, next: '/x:/x' }])).toEqual([setOp(['services', 'a', 'volumes'], ['/x:/x', './y:/y'])])
  })

  it('sets an empty list when emptying an own list would let a merged one back in', () => {
    const { file, s } = service('x: &d\n  volumes: [/x:/x]\nservices:\n  a:\n    <<: *d\n    volumes: [/x:/x]\n', 'a')
    const items = listItems(s, 'volumes')
    expect(listEditOps(file, s, 'volumes', items.map((item) => ({ item, next: REMOVE })))).toEqual([setOp(['services', 'a', 'volumes'], [])])
  })
})
