// The engine's Web Worker (bundled by Vite's `?worker` import: same origin, no outside request).
import type { ToWorker } from './protocol'
import { createWorkerAnswer } from './worker-answer'

const answer = createWorkerAnswer()

self.onmessage = (event: MessageEvent<ToWorker>) => self.postMessage(answer(event.data))
