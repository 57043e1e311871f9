// The worker's side of the protocol, apart from the worker globals so tests can run it: keeps the text of the last
// analysis (the base of the next splice), answers each message with JSON text, and turns a throw into an error reply.
import { createEngineHandler } from './handler'
import type { EngineHandler } from './handler'
import type { FromWorker, ToWorker } from './protocol'
import { applyDelta } from './text-delta'

export function createWorkerAnswer(handle: EngineHandler = createEngineHandler()): (message: ToWorker) => FromWorker {
  let analysed = ''

  const answer = (message: ToWorker): unknown => {
    switch (message.kind) {
      case 'analyse-delta':
      case 'analyse': {
        analysed = message.kind === 'analyse' ? message.text : applyDelta(analysed, message.delta)
        const { text: _text, ...rest } = handle({ kind: 'analyse', text: analysed })
        return rest
      }
      default: {
        const { id: _id, ...request } = message
        return handle(request)
      }
    }
  }

  return (message) => {
    try {
      return { id: message.id, ok: true, json: JSON.stringify(answer(message)) }
    } catch (err) {
      return { id: message.id, ok: false, error: err instanceof Error ? err.message : String(err) }
    }
  }
}
