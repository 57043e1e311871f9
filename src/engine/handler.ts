// The engine's work for each request, shared by the worker (engine.worker.ts) and the in-page fallback
// (page-engine.ts), so both give the same answers. Pure: no DOM, no worker globals.
import { defaultSelection, failedChoices, hardenChoicesFor, hardenSelected } from '../scoring/harden-choices'
import { diffLines, splitLines } from '../edits/line-diff'
import { analyseText } from './analysis'
import type { Analysis, AnalysisRequest } from './analysis'
import type { EngineReplies, EngineRequest, HardenView } from './protocol'

export type EngineHandler = <K extends EngineRequest['kind']>(request: Extract<EngineRequest, { kind: K }>) => EngineReplies[K]

function view(text: string, selected: ReadonlySet<string>): HardenView {
  const result = hardenSelected(text, selected)
  return { result, failed: [...failedChoices(result, selected)], diff: diffLines(splitLines(text), splitLines(result.text)) }
}

/** An engine bug on some input must not take the page down: the text is reported as unreadable, with the reason. */
function safeAnalyse(request: AnalysisRequest, analyse: typeof analyseText): Analysis {
  try {
    return analyse(request)
  } catch (err) {
    const message = `The analysis failed on this text (${err instanceof Error ? err.message : String(err)}). The text is kept; please report the file.`
    return { ...analyseText({ text: '' }), text: request.text, errors: [{ message, line: 1, column: 1, code: 'ENGINE_ERROR' }] }
  }
}

/** `analyse` is replaceable for tests only. */
export function createEngineHandler({ analyse = analyseText }: { analyse?: typeof analyseText } = {}): EngineHandler {
  return ((request: EngineRequest): EngineReplies[EngineRequest['kind']] => {
    switch (request.kind) {
      case 'analyse':
        return safeAnalyse(request, analyse)
      case 'harden-open': {
        const choices = hardenChoicesFor(request.text)
        const selected = defaultSelection(choices)
        return { choices, selected: [...selected], ...view(request.text, selected) }
      }
      case 'harden-select':
        return view(request.text, new Set(request.selected))
    }
  }) as EngineHandler
}
