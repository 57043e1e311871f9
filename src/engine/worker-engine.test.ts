import { describe, expect, it, vi } from 'vitest'
import type { Analysis } from './analysis'
import { createEngineHandler } from './handler'
import type { ToWorker } from './protocol'
import { createWorkerAnswer } from './worker-answer'
import { createWorkerEngine } from './worker-engine'
import type { WorkerLike } from './worker-engine'

/** A worker that answers only when the test says so, with the real handler (or fails on demand). */
function fakeWorker() {
  const reply = createWorkerAnswer()
  const inbox: ToWorker[] = []
  const worker: WorkerLike & { inbox: ToWorker[]; answer(): void; crash(message: string): void; terminated: boolean } = {
    inbox,
    terminated: false,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      inbox.push(structuredClone(message))
    },
    terminate() {
      this.terminated = true
    },
    answer() {
      this.onmessage!({ data: structuredClone(reply(inbox.shift()!)) })
    },
    crash(message) {
      this.onerror!({ message })
    },
  }
  return worker
}

const text = (user: string) => `services:\n  web:\n    image: nginx:1.27\n    user: "${user}"\n`

describe('the worker engine', () => {
  it('delivers the analysis of a text as plain data, the same as on the page', () => {
    const worker = fakeWorker()
    const engine = createWorkerEngine(() => worker)
    const done = vi.fn<(a: Analysis) => void>()
    engine.analyse({ text: text('0') }, done)
    expect(done).not.toHaveBeenCalled()
    worker.answer()
    const analysis: Analysis = done.mock.calls[0][0]
    expect(analysis.text).toBe(text('0'))
    expect(analysis.findings.some((f) => f.ruleId === 'require-non-root-user' && f.severity === 'high')).toBe(true)
    expect(analysis.report.services.map((s) => s.name)).toEqual(['web'])
    expect(engine.fallbackReason).toBeNull()
  })

  it('keeps one analysis in flight: a newer text replaces the one waiting, and an overtaken result is dropped', () => {
    const worker = fakeWorker()
    const engine = createWorkerEngine(() => worker)
    const seen: string[] = []
    const done = (a: Analysis) => seen.push(a.text)
    engine.analyse({ text: text('1') }, done)
    engine.analyse({ text: text('2') }, done)
    engine.analyse({ text: text('3') }, done)
    expect(worker.inbox.map((m) => m.kind)).toEqual(['analyse'])
    worker.answer() // text 1's result: overtaken by text 3, dropped; text 3 goes out (text 2 never does)
    expect(seen).toEqual([])
    expect(worker.inbox).toHaveLength(1)
    worker.answer()
    expect(seen).toEqual([text('3')])
  })

  it('posts a big text once, then only the splice of each change', () => {
    const worker = fakeWorker()
    const engine = createWorkerEngine(() => worker)
    const big = (user: string) => text(user) + Array.from({ length: 900 }, (_, i) => `  svc${i}:\n    image: nginx:1.27\n`).join('')
    const seen: Analysis[] = []
    engine.analyse({ text: big('1000') }, (a) => seen.push(a))
    expect(worker.inbox[0]).toMatchObject({ kind: 'analyse' })
    worker.answer()
    engine.analyse({ text: big('0') }, (a) => seen.push(a))
    expect(worker.inbox[0]).toMatchObject({ kind: 'analyse-delta', delta: { insert: '' } })
    expect(JSON.stringify(worker.inbox[0]).length).toBeLessThan(100)
    worker.answer()
    expect(seen.map((a) => a.text)).toEqual([big('1000'), big('0')])
    expect(seen[1].findings.some((f) => f.ruleId === 'require-non-root-user' && f.service === 'web')).toBe(true)
    expect(seen[0].findings.some((f) => f.ruleId === 'require-non-root-user' && f.service === 'web')).toBe(false)
  })

  it('answers every harden request, by id', async () => {
    const worker = fakeWorker()
    const engine = createWorkerEngine(() => worker)
    const opening = engine.harden({ kind: 'harden-open', text: text('0') })
    worker.answer()
    const opened = await opening
    expect(opened.choices.map((c) => c.ruleId)).toContain('require-no-new-privileges')
    expect(opened.selected.length).toBeGreaterThan(0)
    expect(opened.result.text).toContain('no-new-privileges:true')
    const none = engine.harden({ kind: 'harden-select', text: text('0'), selected: [] })
    worker.answer()
    expect((await none).result.text).toBe(text('0'))
  })

  it('falls back to the page when the worker dies, and answers what it still owed there', async () => {
    const worker = fakeWorker()
    const onFallback = vi.fn<(reason: string) => void>()
    const engine = createWorkerEngine(() => worker, { onFallback })
    const done = vi.fn<(a: Analysis) => void>()
    engine.analyse({ text: text('0') }, done)
    const opening = engine.harden({ kind: 'harden-open', text: text('0') })
    worker.crash('out of memory')
    expect(worker.terminated).toBe(true)
    expect(onFallback).toHaveBeenCalledWith('the background worker stopped (out of memory)')
    expect(engine.fallbackReason).toBe('the background worker stopped (out of memory)')
    expect(done).toHaveBeenCalledTimes(1)
    expect((await opening).result.text).toContain('no-new-privileges:true')
    // From now on the page answers at once.
    const later = vi.fn<(a: Analysis) => void>()
    engine.analyse({ text: text('1') }, later)
    expect(later.mock.calls[0][0].text).toBe(text('1'))
  })

  it('falls back when no worker can be created at all', () => {
    const onFallback = vi.fn<(reason: string) => void>()
    const engine = createWorkerEngine(() => {
      throw new Error('Worker is not defined')
    }, { onFallback })
    expect(onFallback).toHaveBeenCalledWith('the background worker could not start (Worker is not defined)')
    const done = vi.fn<(a: Analysis) => void>()
    engine.analyse({ text: text('0') }, done)
    expect(done).toHaveBeenCalledTimes(1)
  })

  it('an engine error on one text reports the text as unreadable instead of throwing', () => {
    const handle = createEngineHandler({
      analyse: () => {
        throw new TypeError('boom')
      },
    })
    const analysis = handle({ kind: 'analyse', text: text('0') })
    expect(analysis.text).toBe(text('0'))
    expect(analysis.errors[0]).toMatchObject({ code: 'ENGINE_ERROR' })
    expect(analysis.errors[0].message).toMatch(/^The analysis failed on this text \(boom\)\. The text is kept; please report the file\.$/)
  })
})
