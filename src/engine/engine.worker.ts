// The engine's Web Worker (bundled by Vite's `?worker` import: same origin, no outside request). It answers each
// request with the shared handler; a request that throws is answered with the error, never left hanging.
import { createEngineHandler } from './handler'
import type { FromWorker, ToWorker } from './protocol'

const handle = createEngineHandler()

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const { id, ...request } = event.data
  let reply: FromWorker
  try {
    reply = { id, ok: true, value: handle(request) }
  } catch (err) {
    reply = { id, ok: false, error: err instanceof Error ? err.message : String(err) }
  }
  self.postMessage(reply)
}
