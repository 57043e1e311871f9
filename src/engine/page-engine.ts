// The engine on the page's own thread: the fallback when no worker can start, and the store's default in unit tests.
import type { Engine } from './engine'
import { createEngineHandler } from './handler'

export function createPageEngine(fallbackReason: string | null = null): Engine {
  const handle = createEngineHandler()
  return {
    fallbackReason,
    offThread: false,
    analyse(request, done) {
      done(handle({ kind: 'analyse', ...request }))
    },
    harden(request) {
      return new Promise((resolve) => resolve(handle(request)))
    },
    dispose() {},
  }
}
