// The engine in a Web Worker. At most one analysis is in flight; a newer text waits in a single slot and replaces any
// text already waiting there, and a result that a newer request has overtaken is dropped. When the worker cannot
// start or dies, everything it was asked (and everything after) runs on the page instead, and `onFallback` says why.
import type { Analysis, AnalysisRequest } from './analysis'
import type { Engine, HardenRequest } from './engine'
import { createPageEngine } from './page-engine'
import type { EngineReplies, FromWorker, ToWorker } from './protocol'
import { textDelta } from './text-delta'

/** The part of a Worker the engine uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: ToWorker): void
  terminate(): void
  onmessage: ((event: { data: FromWorker }) => void) | null
  onerror: ((event: { message?: string }) => void) | null
}

export interface WorkerEngineOptions {
  onFallback?(reason: string): void
}

/** Below this size the whole text is posted: describing a splice would save nothing worth the code path. */
const DELTA_FROM_CHARS = 16_384

interface Waiting {
  request: AnalysisRequest
  done(analysis: Analysis): void
}

export function createWorkerEngine(spawn: () => WorkerLike, { onFallback }: WorkerEngineOptions = {}): Engine {
  let worker: WorkerLike | null = null
  let page: Engine | null = null
  let ids = 0
  /** The analysis the worker is computing, and the newest one waiting for it. */
  let inFlight: (Waiting & { id: number }) | null = null
  let next: Waiting | null = null
  const pending = new Map<number, { request: HardenRequest; resolve(value: unknown): void; reject(err: Error): void }>()

  const fallBack = (reason: string) => {
    if (page) return
    worker?.terminate()
    worker = null
    page = createPageEngine(reason)
    onFallback?.(reason)
    // Whatever the worker still owed is asked of the page now: the newest analysis only, and every harden request.
    const owed = next ?? inFlight
    inFlight = next = null
    if (owed) page.analyse(owed.request, owed.done)
    for (const [id, p] of pending) {
      pending.delete(id)
      page.harden(p.request).then(p.resolve, p.reject)
    }
  }

  const send = (message: ToWorker) => {
    try {
      worker!.postMessage(message)
    } catch (err) {
      fallBack(`the background worker refused a message (${err instanceof Error ? err.message : String(err)})`)
    }
  }

  /** The text of the last analysis posted: the worker holds it too, so the next one can go as a splice of it. */
  let posted: string | null = null

  const startAnalysis = (waiting: Waiting) => {
    inFlight = { ...waiting, id: ++ids }
    const { text } = waiting.request
    if (posted !== null && text.length > DELTA_FROM_CHARS) send({ id: inFlight.id, kind: 'analyse-delta', delta: textDelta(posted, text) })
    else send({ id: inFlight.id, kind: 'analyse', text })
    posted = text
  }

  const valueOf = (reply: FromWorker & { ok: true }): unknown => JSON.parse(reply.json)

  const receive = (reply: FromWorker) => {
    if (inFlight?.id === reply.id) {
      const answered = inFlight
      inFlight = null
      if (next) {
        // Overtaken while it ran: drop this result and analyse the newest text.
        const newest = next
        next = null
        startAnalysis(newest)
      } else if (reply.ok) answered.done({ ...(valueOf(reply) as Omit<Analysis, 'text'>), text: answered.request.text })
      else fallBack(`the background worker failed (${reply.error})`)
      return
    }
    const p = pending.get(reply.id)
    if (!p) return
    pending.delete(reply.id)
    if (reply.ok) p.resolve(valueOf(reply))
    else p.reject(new Error(reply.error))
  }

  try {
    worker = spawn()
    worker.onmessage = (event) => receive(event.data)
    worker.onerror = (event) => fallBack(`the background worker stopped${event.message ? ` (${event.message})` : ''}`)
  } catch (err) {
    fallBack(`the background worker could not start (${err instanceof Error ? err.message : String(err)})`)
  }

  return {
    get offThread() {
      return page === null
    },
    get fallbackReason() {
      return page?.fallbackReason ?? null
    },
    analyse(request, done) {
      if (page) return page.analyse(request, done)
      if (inFlight) next = { request, done }
      else startAnalysis({ request, done })
    },
    harden<K extends HardenRequest['kind']>(request: Extract<HardenRequest, { kind: K }>): Promise<EngineReplies[K]> {
      if (page) return page.harden(request)
      return new Promise<EngineReplies[K]>((resolve, reject) => {
        const id = ++ids
        pending.set(id, { request, resolve: resolve as (value: unknown) => void, reject })
        send({ id, ...request } as ToWorker)
      })
    },
    dispose() {
      worker?.terminate()
      worker = null
      inFlight = next = null
      for (const p of pending.values()) p.reject(new Error('the engine was closed'))
      pending.clear()
    },
  }
}
