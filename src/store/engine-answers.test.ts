// The store with an engine that answers when the test says so (as a worker does): the forms and the findings follow
// the engine's answers, never an older text's.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setUserPlan } from '../edits/user'
import type { Analysis, AnalysisRequest } from '../engine/analysis'
import type { Engine } from '../engine/engine'
import { createPageEngine } from '../engine/page-engine'
import { selectAnalysisPending, selectFindings, selectReport } from './analysis-selectors'
import { createAppStore } from './create-app-store'
import { selectParseError } from './selectors'

/** Answers on `answer()`, like the worker engine: one waiting request, the newest. */
function heldEngine() {
  const page = createPageEngine()
  let waiting: { request: AnalysisRequest; done(a: Analysis): void } | null = null
  const engine: Engine & { answer(): void; asked: string[] } = {
    asked: [],
    offThread: true,
    fallbackReason: null,
    analyse(request, done) {
      engine.asked.push(request.text)
      waiting = { request, done }
    },
    harden: page.harden,
    dispose() {},
    answer() {
      const w = waiting!
      waiting = null
      page.analyse(w.request, w.done)
    },
  }
  return engine
}

const TEXT = 'services:\n  web:\n    image: nginx:1.27\n    user: "1000:1000"\n'

describe('the store with an engine that answers later', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('shows nothing until the first answer, then that answer', () => {
    const engine = heldEngine()
    const store = createAppStore({ initialText: TEXT, engine })
    expect(engine.asked).toEqual([TEXT])
    expect(selectFindings(store.getState())).toEqual([])
    expect(selectReport(store.getState()).noScoreReason).toBe('Analysing…')
    expect(selectAnalysisPending(store.getState())).toBe(true)
    engine.answer()
    expect(selectAnalysisPending(store.getState())).toBe(false)
    expect(selectReport(store.getState()).services.map((s) => s.name)).toEqual(['web'])
  })

  it('typed text reaches the engine after a short pause; the forms follow the answer, not the keystroke', () => {
    const engine = heldEngine()
    const store = createAppStore({ initialText: TEXT, engine, workerDelayMs: 16 })
    engine.answer()
    const typed = TEXT.replace('"1000:1000"', 'root')
    store.getState().actions.setText(typed)
    vi.advanceTimersByTime(15)
    expect(engine.asked).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(engine.asked.at(-1)).toBe(typed)
    expect(store.getState().validText).toBe(TEXT)
    engine.answer()
    expect(store.getState().validText).toBe(typed)
    expect(selectFindings(store.getState()).some((f) => f.ruleId === 'require-non-root-user' && f.severity === 'high')).toBe(true)
  })

  it('an answer whose findings and report did not change keeps their objects, so nothing that shows them re-renders', () => {
    const engine = heldEngine()
    const store = createAppStore({ initialText: TEXT, engine, workerDelayMs: 16 })
    engine.answer()
    const before = store.getState()
    // Typing inside the image's tag changes the text, not the findings.
    store.getState().actions.setText(TEXT.replace('nginx:1.27', 'nginx:1.28'))
    vi.advanceTimersByTime(16)
    engine.answer()
    const after = store.getState()
    expect(after.analysis).not.toBe(before.analysis)
    expect(after.analysis!.text).toContain('nginx:1.28')
    expect(selectFindings(after)).toBe(selectFindings(before))
    expect(after.analysis!.groups).toBe(before.analysis!.groups)
    expect(selectReport(after)).toBe(selectReport(before))
    // A change that changes the findings gives new ones.
    store.getState().actions.setText(TEXT.replace('"1000:1000"', 'root'))
    vi.advanceTimersByTime(16)
    engine.answer()
    expect(selectFindings(store.getState())).not.toBe(selectFindings(after))
  })

  it('a text slow to parse reaches the forms once typing pauses; the findings follow each answer', () => {
    const engine = heldEngine()
    const store = createAppStore({ initialText: TEXT, engine, workerDelayMs: 16, formsIdleMs: 400, slowParseMs: -1 })
    engine.answer()
    const typed = (n: number) => TEXT.replace('"1000:1000"', `root # ${'x'.repeat(n)}`)
    store.getState().actions.setText(typed(1))
    vi.advanceTimersByTime(16)
    engine.answer()
    expect(store.getState().analysis!.text).toBe(typed(1))
    expect(selectAnalysisPending(store.getState())).toBe(false)
    expect(store.getState().validText).toBe(TEXT)
    vi.advanceTimersByTime(300)
    store.getState().actions.setText(typed(2)) // a key before the pause ends starts the wait again
    vi.advanceTimersByTime(300)
    expect(store.getState().validText).toBe(TEXT)
    vi.advanceTimersByTime(100)
    expect(store.getState().validText).toBe(typed(1))
    vi.advanceTimersByTime(16)
    engine.answer()
    vi.advanceTimersByTime(400)
    expect(store.getState().validText).toBe(typed(2))
  })

  it('an unreadable text keeps the last readable analysis and reports the parse error', () => {
    const engine = heldEngine()
    const store = createAppStore({ initialText: TEXT, engine })
    engine.answer()
    const shown = store.getState().analysis
    store.getState().actions.setText(`${TEXT}  bad: [\n`)
    vi.runAllTimers()
    engine.answer()
    expect(selectParseError(store.getState())).not.toBeNull()
    expect(store.getState().analysis).toBe(shown)
    expect(store.getState().validText).toBe(TEXT)
  })

  it('an action updates the forms at once and the findings on the answer', () => {
    const engine = heldEngine()
    const store = createAppStore({ initialText: TEXT, engine })
    engine.answer()
    store.getState().actions.applyEdit((file) => setUserPlan(file, 'web', { user: '0', group: '' }))
    expect(store.getState().validText).toMatch(/user: "?0"?\n/)
    expect(selectAnalysisPending(store.getState())).toBe(true)
    expect(selectFindings(store.getState()).some((f) => f.ruleId === 'require-non-root-user')).toBe(false)
    engine.answer()
    expect(selectFindings(store.getState()).some((f) => f.ruleId === 'require-non-root-user')).toBe(true)
  })

  it('ticking a manual item needs no answer from the engine', () => {
    const engine = heldEngine()
    const store = createAppStore({ initialText: TEXT, engine })
    engine.answer()
    const asked = engine.asked.length
    const status = () => selectReport(store.getState()).checklist.find((e) => e.id === 'audit-events')!.status
    expect(status()).toBe('manual')
    store.getState().actions.setTicked('audit-events', true)
    expect(status()).toBe('pass')
    expect(engine.asked).toHaveLength(asked)
  })

  it('says why when the engine runs on the page', () => {
    const engine = { ...createPageEngine('the background worker could not start (blocked)') }
    const store = createAppStore({ initialText: TEXT, engine })
    expect(store.getState().engineFallback).toBe('the background worker could not start (blocked)')
  })
})
