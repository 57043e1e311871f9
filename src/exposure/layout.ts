// Lays the exposure graph out with ELK (elkjs, layered). ELK is 1.6 MB: the page imports it here, on first use, so it
// is never part of the first load; the layout worker imports it up front (layout.worker.ts says why).
import type { ELK } from 'elkjs/lib/elk-api'
import { readLayout, toElkGraph } from './elk-graph'
import type { DiagramLayout } from './elk-graph'
import type { ExposureGraph } from './graph-types'

export async function layoutWith(elk: Pick<ELK, 'layout'>, graph: ExposureGraph): Promise<DiagramLayout> {
  return readLayout(graph, await elk.layout(toElkGraph(graph)))
}

let bundled: Promise<ELK> | undefined

/** Lays out on this thread with ELK's bundled build (which runs its engine in place of a worker). */
export async function layoutExposure(graph: ExposureGraph): Promise<DiagramLayout> {
  bundled ??= import('elkjs/lib/elk.bundled.js').then(({ default: Elk }) => new Elk())
  return layoutWith(await bundled, graph)
}
