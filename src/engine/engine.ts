// What the page asks of the engine (analysis and Harden), whether it runs in a Web Worker or, when no worker can
// start, on the page itself. The store and the harden dialog depend on this interface only.
import type { Analysis, AnalysisRequest } from './analysis'
import type { EngineReplies, RequestOf } from './protocol'

export type HardenRequest = RequestOf<'harden-open'> | RequestOf<'harden-select'>

export interface Engine {
  /**
   * Analyses a text. `done` receives the analysis, unless a later `analyse` call supersedes this one before its
   * result is ready: then `done` is never called (no stale result is ever delivered). The page engine answers at once.
   */
  analyse(request: AnalysisRequest, done: (analysis: Analysis) => void): void
  /** Harden's computations; each request is answered (superseding is the caller's business). */
  harden<K extends HardenRequest['kind']>(request: RequestOf<K>): Promise<EngineReplies[K]>
  /** True while the work runs off the page's thread (the store then need not wait for typing to pause). */
  readonly offThread: boolean
  /** Why the engine runs on the page instead of in a worker; null while a worker serves it. */
  readonly fallbackReason: string | null
  dispose(): void
}
