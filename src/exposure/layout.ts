// Lays the exposure graph out with ELK (elkjs, layered). ELK is 1.6 MB: it is imported here, on first use, so it is
// never part of the page's first load; its bundled build runs in this thread (no worker to start).
import type { ELK } from 'elkjs/lib/elk-api'
import { readLayout, toElkGraph } from './elk-graph'
import type { DiagramLayout } from './elk-graph'
import type { ExposureGraph } from './graph-types'

let elk: Promise<ELK> | undefined

function loadElk(): Promise<ELK> {
  elk ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk())
  return elk
}

export async function layoutExposure(graph: ExposureGraph): Promise<DiagramLayout> {
  const engine = await loadElk()
  return readLayout(graph, await engine.layout(toElkGraph(graph)))
}
