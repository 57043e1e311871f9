import { describe, expect, it } from 'vitest'
import type { DiagramLayout } from './elk-graph'
import type { ExposureGraph } from './graph-types'
import { createLayoutClient } from './layout-client'
import type { LayoutAnswer, LayoutRequest, LayoutWorker } from './layout-client'

const graph = (n: number): ExposureGraph => ({ services: [], networks: [], hostNodes: [], edges: [], statements: [{ service: `s${n}`, text: '', exposure: 'none' }] })
const layoutOf = (g: ExposureGraph): DiagramLayout => ({ width: g.statements.length, height: 1, groups: [], services: [], hosts: [], edges: [] })

class FakeWorker implements LayoutWorker {
  sent: LayoutRequest[] = []
  terminated = false
  onmessage: LayoutWorker['onmessage'] = null
  onerror: LayoutWorker['onerror'] = null
  postMessage(m: LayoutRequest) { this.sent.push(m) }
  terminate() { this.terminated = true }
  answer(a: LayoutAnswer) { this.onmessage?.({ data: a } as MessageEvent<LayoutAnswer>) }
}

describe('createLayoutClient', () => {
  it('answers each request with the worker\'s answer for its id', async () => {
    const worker = new FakeWorker()
    const layout = createLayoutClient(() => worker, () => Promise.reject(new Error('not on the page')))
    const [a, b] = [layout(graph(1)), layout(graph(2))]
    expect(worker.sent.map((r) => r.id)).toEqual([1, 2])
    worker.answer({ id: 2, layout: { ...layoutOf(graph(2)), width: 22 } })
    worker.answer({ id: 1, error: 'ELK failed' })
    await expect(b).resolves.toMatchObject({ width: 22 })
    await expect(a).rejects.toThrow('ELK failed')
  })

  it('lays out on the page what a dying worker owed, and everything after', async () => {
    const worker = new FakeWorker()
    const onPage: ExposureGraph[] = []
    const layout = createLayoutClient(() => worker, (g) => (onPage.push(g), Promise.resolve(layoutOf(g))))
    const owed = layout(graph(1))
    worker.onerror?.(new Event('error'))
    await expect(owed).resolves.toMatchObject({ width: 1 })
    await layout(graph(2))
    expect(worker.terminated).toBe(true)
    expect(onPage).toHaveLength(2)
    expect(worker.sent).toHaveLength(1)
  })

  it('lays out on the page when no worker starts', async () => {
    const layout = createLayoutClient(() => { throw new Error('no workers here') }, (g) => Promise.resolve(layoutOf(g)))
    await expect(layout(graph(1))).resolves.toMatchObject({ width: 1 })
  })
})
