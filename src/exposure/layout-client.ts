// Asks the layout worker for a layout, or lays out on the page when no worker starts (or it dies): every request is
// answered either way. Callers drop answers a newer graph has overtaken.
import type { DiagramLayout } from './elk-graph'
import type { ExposureGraph } from './graph-types'
import { layoutExposure } from './layout'

export interface LayoutRequest { id: number; graph: ExposureGraph }
export type LayoutAnswer = { id: number; layout: DiagramLayout } | { id: number; error: string }

/** What the client needs of a Worker (a fake one in tests). */
export interface LayoutWorker {
  postMessage(message: LayoutRequest): void
  onmessage: ((event: MessageEvent<LayoutAnswer>) => void) | null
  onerror: ((event: Event) => void) | null
  terminate(): void
}

export type LayoutFn = (graph: ExposureGraph) => Promise<DiagramLayout>

export function createLayoutClient(makeWorker?: () => LayoutWorker, inPage: LayoutFn = layoutExposure): LayoutFn {
  let worker: LayoutWorker | null = null
  let next = 0
  const waiting = new Map<number, { graph: ExposureGraph; resolve(l: DiagramLayout): void; reject(e: Error): void }>()

  const fallBack = () => {
    worker?.terminate()
    worker = null
    makeWorker = undefined
    for (const [id, w] of waiting) {
      waiting.delete(id)
      inPage(w.graph).then(w.resolve, w.reject)
    }
  }

  const start = (): LayoutWorker | null => {
    if (worker || !makeWorker) return worker
    try {
      worker = makeWorker()
    } catch {
      makeWorker = undefined
      return null
    }
    worker.onmessage = ({ data }) => {
      const w = waiting.get(data.id)
      if (!w) return
      waiting.delete(data.id)
      if ('layout' in data) w.resolve(data.layout)
      else w.reject(new Error(data.error))
    }
    worker.onerror = fallBack
    return worker
  }

  return (graph) => {
    const w = start()
    if (!w) return inPage(graph)
    const id = ++next
    return new Promise<DiagramLayout>((resolve, reject) => {
      waiting.set(id, { graph, resolve, reject })
      w.postMessage({ id, graph })
    })
  }
}
