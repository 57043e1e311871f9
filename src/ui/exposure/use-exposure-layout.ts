// The layout of the current exposure graph, computed in the layout worker (on the page if none starts). The last
// layout stays on screen while a newer one is computed; an answer for a graph that has since changed is dropped.
import { useEffect, useState } from 'react'
import type { DiagramLayout } from '../../exposure/elk-graph'
import type { ExposureGraph } from '../../exposure/graph-types'
import { createLayoutClient } from '../../exposure/layout-client'
import type { LayoutFn, LayoutWorker } from '../../exposure/layout-client'
import ElkLayoutWorker from '../../exposure/layout.worker?worker'

let client: LayoutFn | undefined
const layoutClient = (): LayoutFn => (client ??= createLayoutClient(() => new ElkLayoutWorker() as unknown as LayoutWorker))

export interface LayoutState {
  /** The last layout made, and the graph it is of (an older one while a newer is computed). */
  shown: { graph: ExposureGraph; layout: DiagramLayout } | null
  /** True until the current graph's layout (or its failure) arrives. */
  pending: boolean
  error: string | null
}

interface Answer {
  shown: LayoutState['shown']
  /** The graph the last answer was for. */
  of: ExposureGraph | null
  error: string | null
}

export function useExposureLayout(graph: ExposureGraph): LayoutState {
  const [answer, setAnswer] = useState<Answer>({ shown: null, of: null, error: null })
  useEffect(() => {
    let live = true
    layoutClient()(graph).then(
      (layout) => live && setAnswer({ shown: { graph, layout }, of: graph, error: null }),
      (error: unknown) => live && setAnswer((a) => ({ ...a, of: graph, error: error instanceof Error ? error.message : String(error) })),
    )
    return () => {
      live = false
    }
  }, [graph])
  return { shown: answer.shown, pending: answer.of !== graph, error: answer.of === graph ? answer.error : null }
}
