import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppStore, TextStorage } from './app-state'
import { createAppStore } from './create-app-store'
import { STORAGE_KEY, loadText } from './persistence'
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

let store: AppStore
let storage: MemoryStorage
const actions = () => store.getState().actions

beforeEach(() => {
  vi.useFakeTimers()
  storage = new MemoryStorage()
  store = createAppStore({ initialText: TEXT, storage, analyseDelayMs: 200, saveDelayMs: 400 })
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

describe('form actions', () => {
  it('apply a plan to the current text and analyse it at once', () => {
    expect(actions().setReadOnly('app', false)).toBe(true)
    const s = store.getState()
    expect(s.text).toBe(TEXT.replace('read_only: true', 'read_only: false'))
    expect(s.analysedText).toBe(s.text)
    expect(s.text).toContain('# the web server')
  })

  it('work on the latest typed text, even before it was analysed', () => {
    actions().setText(TEXT.replace('postgres', 'postgres:16'))
    actions().setReadOnly('app', false)
    expect(store.getState().text).toContain('image: postgres:16')
    expect(store.getState().text).toContain('read_only: false')
  })

  it('refuse while the YAML is broken, leave the text alone and say why', () => {
    const broken = TEXT.replace('image: nginx', 'image: nginx: x')
    actions().setText(broken)
    expect(actions().setReadOnly('app', false)).toBe(false)
    expect(store.getState().text).toBe(broken)
    expect(store.getState().notice).toMatch(/^Line 3, column \d+: .*Fix the YAML in the editor first\.$/)
  })

  it('refuse invalid input with a message', () => {
    expect(actions().setUser('app', '', '1000')).toBe(false)
    expect(store.getState().notice).toMatch(/Set a user/)
    expect(store.getState().text).toBe(TEXT)
    actions().dismissNotice()
    expect(store.getState().notice).toBeNull()
  })
})

describe('service list', () => {
  it('adds a hardened service and selects it', () => {
    expect(actions().addService('worker')).toBe(true)
    const s = store.getState()
    expect(selectServiceNames(s)).toEqual(['app', 'db', 'worker'])
    expect(selectSelectedService(s)?.name).toBe('worker')
    expect(selectSelectedService(s)?.data).toMatchObject({ read_only: true, cap_drop: ['ALL'] })
  })

  it('renames the selected service and keeps it selected', () => {
    actions().selectService('db')
    expect(actions().renameService('db', 'database')).toBe(true)
    expect(selectServiceNames(store.getState())).toEqual(['app', 'database'])
    expect(selectSelectedService(store.getState())?.name).toBe('database')
    expect(actions().renameService('database', 'app')).toBe(false)
    expect(store.getState().notice).toMatch(/already exists/)
  })

  it('removes a service; the selection falls back to the first one', () => {
    actions().selectService('db')
    expect(actions().removeService('db')).toBe(true)
    expect(selectServiceNames(store.getState())).toEqual(['app'])
    expect(selectSelectedService(store.getState())?.name).toBe('app')
  })
})

describe('saving', () => {
  it('saves after the text rests, and restores from storage', () => {
    actions().setText(TEXT + '# more\n')
    expect(store.getState().saveState).toBe('pending')
    vi.advanceTimersByTime(400)
    expect(store.getState().saveState).toBe('saved')
    expect(storage.items.get(STORAGE_KEY)).toBe(TEXT + '# more\n')
    expect(loadText(storage)).toBe(TEXT + '# more\n')
  })

  it('flush saves at once; a refusing storage is reported, not thrown', () => {
    const failing: TextStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    const s = createAppStore({ initialText: TEXT, storage: failing })
    s.getState().actions.setText(TEXT + '\n')
    s.getState().actions.flush()
    expect(s.getState().saveState).toBe('failed')
    s.getState().actions.dispose()
  })
})

describe('generic edits', () => {
  it('applyEdit applies the plan built from the current parse, or says why not', () => {
    expect(actions().applyEdit((file) => ({ label: 'x', ops: [{ kind: 'set', path: ['services', file.services[1].name, 'read_only'], value: true }] }))).toBe(true)
    expect(store.getState().text).toBe(TEXT.replace('image: postgres\n', 'image: postgres\n    read_only: true\n'))
    expect(actions().applyEdit(() => 'Not today.')).toBe(false)
    expect(store.getState().notice).toBe('Not today.')
    expect(actions().applyEdit(() => null)).toBe(true)
  })
  it('replaceText swaps the document and analyses it at once', () => {
    actions().replaceText('services:\n  solo:\n    image: x\n')
    expect(selectServiceNames(store.getState())).toEqual(['solo'])
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
