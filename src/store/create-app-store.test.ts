import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EditBuilder } from '../edits/edit-result'
import { setReadOnlyPlan } from '../edits/filesystem'
import { addServicePlan, removeServicePlan, renameServicePlan } from '../edits/services'
import { setUserPlan } from '../edits/user'
import type { AppStore, DocumentStore, TextStorage } from './app-state'
import { createAppStore } from './create-app-store'
import { selectParseError, selectSelectedService, selectServiceNames, selectShown } from './selectors'

const TEXT = `services:
  app:
    image: nginx # the web server
    user: "1000:1000"
    read_only: true
  db:
    image: postgres
`

class MemoryStorage implements TextStorage {
  items = new Map<string, string>()
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

/** A document store in memory; with `held`, each save waits until the test settles it. */
class MemoryDocuments implements DocumentStore {
  text: string | null = null
  held = false
  waiting: { text: string; settle(error?: unknown): void }[] = []
  load() {
    return Promise.resolve(this.text)
  }
  save(text: string) {
    if (!this.held) {
      this.text = text
      return Promise.resolve()
    }
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({
        text,
        settle: (error) => {
          if (error) return reject(error)
          this.text = text
          resolve()
        },
      })
    })
  }
}

let store: AppStore
let storage: MemoryStorage
let documents: MemoryDocuments
const actions = () => store.getState().actions
const setReadOnly = (service: string, on: boolean) => actions().applyEdit((f) => setReadOnlyPlan(f, service, on))

beforeEach(() => {
  vi.useFakeTimers()
  storage = new MemoryStorage()
  documents = new MemoryDocuments()
  store = createAppStore({ initialText: TEXT, documents, storage, analyseDelayMs: 200, saveDelayMs: 400 })
})

afterEach(() => {
  actions().dispose()
  vi.useRealTimers()
})

describe('typing', () => {
  it('is analysed only after a pause, so parsing stays off the keystroke path', () => {
    const typed = TEXT.replace('1000:1000', '2000:2000')
    actions().setText(typed)
    expect(store.getState().text).toBe(typed)
    expect(store.getState().analysedText).toBe(TEXT)
    vi.advanceTimersByTime(199)
    expect(store.getState().analysedText).toBe(TEXT)
    vi.advanceTimersByTime(1)
    expect(store.getState().analysedText).toBe(typed)
    expect(selectSelectedService(store.getState())?.data.user).toBe('2000:2000')
  })

  it('keeps showing the last valid document while the text is broken', () => {
    const broken = TEXT.replace('image: nginx', 'image: nginx: x')
    actions().setText(broken)
    vi.advanceTimersByTime(200)
    const s = store.getState()
    expect(s.text).toBe(broken)
    expect(selectParseError(s)).toMatchObject({ line: 3 })
    expect(selectShown(s).text).toBe(TEXT)
    expect(selectServiceNames(s)).toEqual(['app', 'db'])
  })
})

describe('applyEdit with a form edit', () => {
  it('applies the plan built from the current parse and analyses it at once', () => {
    expect(setReadOnly('app', false)).toBe(true)
    const s = store.getState()
    expect(s.text).toBe(TEXT.replace('read_only: true', 'read_only: false'))
    expect(s.analysedText).toBe(s.text)
    expect(s.text).toContain('# the web server')
  })

  it('works on the latest typed text, even before it was analysed', () => {
    actions().setText(TEXT.replace('postgres', 'postgres:16'))
    setReadOnly('app', false)
    expect(store.getState().text).toContain('image: postgres:16')
    expect(store.getState().text).toContain('read_only: false')
  })

  it('refuses while the YAML is broken, leaves the text alone and says why', () => {
    const broken = TEXT.replace('image: nginx', 'image: nginx: x')
    actions().setText(broken)
    const build = vi.fn<EditBuilder>((f) => setReadOnlyPlan(f, 'app', false))
    expect(actions().applyEdit(build)).toBe(false)
    expect(build).not.toHaveBeenCalled()
    expect(store.getState().text).toBe(broken)
    expect(store.getState().notice).toMatch(/^Line 3, column \d+: .*Fix the YAML in the editor first\.$/)
  })

  it('refuses invalid input with the message of the edit', () => {
    expect(actions().applyEdit((f) => setUserPlan(f, 'app', { user: '', group: '1000' }))).toBe(false)
    expect(store.getState().notice).toMatch(/Set a user/)
    expect(store.getState().text).toBe(TEXT)
    actions().dismissNotice()
    expect(store.getState().notice).toBeNull()
  })
})

describe('service list', () => {
  it('adds a hardened service and selects it', () => {
    expect(actions().applyEdit((f) => addServicePlan(f, 'worker'), { selected: 'worker' })).toBe(true)
    const s = store.getState()
    expect(selectServiceNames(s)).toEqual(['app', 'db', 'worker'])
    expect(selectSelectedService(s)?.name).toBe('worker')
    expect(selectSelectedService(s)?.data).toMatchObject({ read_only: true, cap_drop: ['ALL'] })
  })

  it('renames the selected service and keeps it selected', () => {
    actions().selectService('db')
    expect(actions().applyEdit((f) => renameServicePlan(f, 'db', 'database'), { selected: 'database' })).toBe(true)
    expect(selectServiceNames(store.getState())).toEqual(['app', 'database'])
    expect(selectSelectedService(store.getState())?.name).toBe('database')
    expect(actions().applyEdit((f) => renameServicePlan(f, 'database', 'app'), { selected: 'app' })).toBe(false)
    expect(store.getState().notice).toMatch(/already exists/)
    expect(store.getState().selected).toBe('database')
  })

  it('removes a service; the selection falls back to the first one', () => {
    actions().selectService('db')
    expect(actions().applyEdit((f) => removeServicePlan(f, 'db'), { selected: null })).toBe(true)
    expect(selectServiceNames(store.getState())).toEqual(['app'])
    expect(selectSelectedService(store.getState())?.name).toBe('app')
  })
})

describe('saving', () => {
  it('saves after the text rests', async () => {
    actions().setText(TEXT + '# more\n')
    expect(store.getState().saveState).toBe('pending')
    await vi.advanceTimersByTimeAsync(399)
    expect(documents.text).toBeNull()
    await vi.advanceTimersByTimeAsync(1)
    expect(store.getState()).toMatchObject({ saveState: 'saved', saveFailure: null })
    expect(documents.text).toBe(TEXT + '# more\n')
  })

  it('says "saved" only when the text saved is the latest, whatever order the saves finish in', async () => {
    documents.held = true
    actions().setText('a: 1\n')
    await vi.advanceTimersByTimeAsync(400)
    actions().setText('a: 2\n')
    documents.waiting[0].settle()
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getState().saveState).toBe('pending')
    await vi.advanceTimersByTimeAsync(400)
    expect(documents.waiting.map((w) => w.text)).toEqual(['a: 1\n', 'a: 2\n'])
    documents.waiting[1].settle()
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getState().saveState).toBe('saved')
  })

  it('flush saves at once; a full storage is reported with its reason, not thrown, and the next save clears it', async () => {
    documents.held = true
    actions().setText(TEXT + '\n')
    actions().flush()
    documents.waiting[0].settle(new DOMException('full', 'QuotaExceededError'))
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getState()).toMatchObject({ saveState: 'failed', saveFailure: 'full' })
    expect(store.getState().text).toBe(TEXT + '\n')

    actions().setText(TEXT)
    expect(store.getState().saveState).toBe('pending')
    await vi.advanceTimersByTimeAsync(400)
    documents.waiting[1].settle()
    await vi.advanceTimersByTimeAsync(0)
    expect(store.getState()).toMatchObject({ saveState: 'saved', saveFailure: null })
  })

  it('a store that throws at once is reported the same way', async () => {
    const refusing: DocumentStore = {
      load: () => Promise.resolve(null),
      save: () => {
        throw new DOMException('no storage', 'SecurityError')
      },
    }
    const s = createAppStore({ initialText: TEXT, documents: refusing })
    s.getState().actions.setText(TEXT + '\n')
    s.getState().actions.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(s.getState()).toMatchObject({ saveState: 'failed', saveFailure: 'refused' })
    s.getState().actions.dispose()
  })

  it('without a document store the text stays in memory and the state does not claim a save', () => {
    const s = createAppStore({ initialText: TEXT })
    s.getState().actions.setText(TEXT + '\n')
    expect(s.getState().saveState).toBe('saved')
    s.getState().actions.dispose()
  })
})

describe('applyEdit, the one way to change the document', () => {
  it('commits a plan as it is', () => {
    expect(actions().applyEdit({ label: 'x', ops: [{ kind: 'set', path: ['services', 'db', 'read_only'], value: true }] })).toBe(true)
    expect(store.getState().text).toBe(TEXT.replace('image: postgres\n', 'image: postgres\n    read_only: true\n'))
    expect(store.getState().analysedText).toBe(store.getState().text)
  })

  it('runs a builder against the current parse; null changes nothing and is no failure', () => {
    expect(actions().applyEdit((file) => ({ label: 'x', ops: [{ kind: 'set', path: ['services', file.services[1].name, 'read_only'], value: true }] }))).toBe(true)
    expect(store.getState().text).toBe(TEXT.replace('image: postgres\n', 'image: postgres\n    read_only: true\n'))
    const before = store.getState()
    expect(actions().applyEdit(() => null)).toBe(true)
    expect(store.getState()).toBe(before)
  })

  it('refuses a reason string: the text stays, the notice says it, and the next edit that works clears it', () => {
    expect(actions().applyEdit(() => 'Not today.')).toBe(false)
    expect(store.getState().notice).toBe('Not today.')
    expect(store.getState().text).toBe(TEXT)
    expect(setReadOnly('app', false)).toBe(true)
    expect(store.getState().notice).toBeNull()
  })

  it('refuses a plan the applier cannot write, naming the plan', () => {
    expect(actions().applyEdit({ label: 'Rename a ghost', ops: [{ kind: 'rename', path: ['services', 'ghost'], key: 'x' }] })).toBe(false)
    expect(store.getState().notice).toMatch(/^Rename a ghost failed: /)
    expect(store.getState().text).toBe(TEXT)
  })

  it('refuses a plan while the text cannot be parsed, as it does a builder', () => {
    const broken = TEXT.replace('image: nginx', 'image: nginx: x')
    actions().setText(broken)
    expect(actions().applyEdit({ label: 'x', ops: [{ kind: 'set', path: ['services', 'db', 'read_only'], value: true }] })).toBe(false)
    expect(store.getState().text).toBe(broken)
    expect(store.getState().notice).toMatch(/Fix the YAML in the editor first\.$/)
  })

  it('replaces the whole document and analyses it at once, even over a broken text, and clears the notice', () => {
    actions().setText(TEXT.replace('image: nginx', 'image: nginx: x'))
    actions().applyEdit(() => 'Not today.')
    expect(actions().applyEdit({ replaceDocument: 'services:\n  solo:\n    image: x\n' }, { selected: 'solo' })).toBe(true)
    const s = store.getState()
    expect(s).toMatchObject({ text: 'services:\n  solo:\n    image: x\n', notice: null, selected: 'solo' })
    expect(s.analysedText).toBe(s.text)
    expect(selectServiceNames(s)).toEqual(['solo'])
  })

  it('takes a broken document as a whole replacement: the forms keep the last valid one', () => {
    expect(actions().applyEdit({ replaceDocument: 'services: [\n' })).toBe(true)
    expect(store.getState().text).toBe('services: [\n')
    expect(selectParseError(store.getState())).not.toBeNull()
    expect(selectServiceNames(store.getState())).toEqual(['app', 'db'])
  })

  it('leaves the state alone when the replacement equals the text', () => {
    const before = store.getState()
    expect(actions().applyEdit({ replaceDocument: TEXT })).toBe(true)
    expect(store.getState()).toBe(before)
  })
})

describe('findings and checklist ticks', () => {
  it('revealFinding selects the service and asks for its panel and line, a new request each time', () => {
    actions().revealFinding({ service: 'db', line: 7, column: 5 }, 'user')
    const first = store.getState()
    expect(first.selected).toBe('db')
    expect(first.focusPanel).toMatchObject({ id: 'user' })
    expect(first.reveal).toMatchObject({ line: 7, column: 5 })
    actions().revealFinding({ service: 'db', line: 7, column: 5 }, 'user')
    expect(store.getState().focusPanel).not.toBe(first.focusPanel)
    expect(store.getState().reveal).not.toEqual(first.reveal)
  })

  it('revealFinding keeps the selection for a file-level finding and asks for no panel without one', () => {
    actions().selectService('db')
    actions().revealFinding({ service: null, line: 1, column: 1 })
    expect(store.getState()).toMatchObject({ selected: 'db', focusPanel: null, reveal: { line: 1, column: 1 } })
  })

  it('keeps manual checklist ticks in storage, apart from the document and its undo', () => {
    actions().setTicked('audit-events', true)
    expect(store.getState().ticked).toEqual(['audit-events'])
    expect(store.getState().text).toBe(TEXT)
    const reopened = createAppStore({ initialText: TEXT, storage })
    expect(reopened.getState().ticked).toEqual(['audit-events'])
    reopened.getState().actions.setTicked('audit-events', false)
    expect(createAppStore({ initialText: TEXT, storage }).getState().ticked).toEqual([])
    reopened.getState().actions.dispose()
  })
})

describe('reviewing an unsafe fix', () => {
  it('selects the service, reveals the line and asks the findings list to open that fix', () => {
    actions().reviewFix({ ruleId: 'no-privileged', service: 'db', line: 7, column: 5 })
    const s = store.getState()
    expect(s.selected).toBe('db')
    expect(s.reveal).toMatchObject({ line: 7, column: 5 })
    expect(s.reviewFix).toMatchObject({ ruleId: 'no-privileged', service: 'db' })
    expect(s.reviewFix!.nonce).toBe(s.reveal!.nonce)
  })
})
