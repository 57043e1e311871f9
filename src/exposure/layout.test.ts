import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { buildExposureGraph } from './build-graph'
import type { Box } from './elk-graph'
import { layoutExposure } from './layout'

const SEED = readFileSync(new URL('../examples/secure-app.yaml', import.meta.url), 'utf8')
const EXPOSED = readFileSync(new URL('../../e2e/scenarios/exposed.yaml', import.meta.url), 'utf8')

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const inside = (a: Box, outer: Box) => a.x >= outer.x && a.y >= outer.y && a.x + a.width <= outer.x + outer.width && a.y + a.height <= outer.y + outer.height

describe('layoutExposure', () => {
  for (const [name, text] of [['the seed', SEED], ['exposed.yaml', EXPOSED]] as const) {
    it(`places ${name} without overlaps: nodes apart, each in its group, labels clear of nodes`, async () => {
      const graph = buildExposureGraph(parseCompose(text))
      const layout = await layoutExposure(graph)
      const nodes: Box[] = [...layout.services, ...layout.hosts]
      expect(nodes.every((n) => n.width > 0 && n.height > 0)).toBe(true)
      for (const [i, a] of nodes.entries()) for (const b of nodes.slice(i + 1)) expect(overlap(a, b)).toBe(false)
      for (const s of layout.services) {
        const group = layout.groups.find((g) => g.id === s.node.group)
        if (group) expect(inside(s, group)).toBe(true)
      }
      for (const { label } of layout.edges) if (label) for (const n of nodes) expect(overlap(label, n)).toBe(false)
      expect(layout.edges).toHaveLength(graph.edges.length)
      for (const e of layout.edges) expect(e.points.length).toBeGreaterThanOrEqual(2)
      for (const b of [...nodes, ...layout.groups]) expect(b.x + b.width <= layout.width && b.y + b.height <= layout.height).toBe(true)
    })
  }

  it('puts the host left of the services, and the database inside its internal network', async () => {
    const layout = await layoutExposure(buildExposureGraph(parseCompose(SEED)))
    const host = layout.groups.find((g) => g.kind === 'host')!
    const app = layout.services.find((s) => s.node.name === 'app')!
    const db = layout.services.find((s) => s.node.name === 'db')!
    const backend = layout.groups.find((g) => g.id === 'network:backend')!
    expect(host.x + host.width).toBeLessThan(app.x)
    expect(inside(db, backend)).toBe(true)
    expect(backend.title).toBe('network backend · internal')
  })
})
