// The store factory: every call gives an independent store (one per page, one per test) with its own timers.
import { createStore } from 'zustand/vanilla'
import type { AppState, AppStore, DocumentStore, TextStorage } from './app-state'
import { createApplyEdit } from './apply-edit'
import { withTick } from '../scoring/manual-ticks'
import { loadTicks, saveTicks } from './manual-ticks'
import { parseMemo } from './parse-memo'
import { saveFailureOf } from './persistence'

export interface AppStoreOptions {
  initialText: string
  /** Where the document is saved as it changes; null keeps it in memory only. */
  documents?: DocumentStore | null
  /** Where the manual checklist ticks are kept; null keeps them in memory only. */
  storage?: TextStorage | null
  /** How long typing must pause before the text is parsed for the forms. */
  analyseDelayMs?: number
  /** How long the text must stay unchanged before it is saved. */
  saveDelayMs?: number
}

export function createAppStore(options: AppStoreOptions): AppStore {
  const { initialText, documents = null, storage = null, analyseDelayMs = 200, saveDelayMs = 400 } = options
  let analyseTimer: ReturnType<typeof setTimeout> | undefined
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  /** Counts the saves started: only the latest may report, so an older one finishing late cannot claim "saved". */
  let saves = 0
  /** Makes each reveal / focus request a distinct value, so asking twice for the same place still acts. */
  let nonce = 0

  const store = createStore<AppState>()((set, get) => {
    /** Parses `text` for the forms now; a valid text also becomes what the forms show. */
    const analyse = (text: string) => {
      clearTimeout(analyseTimer)
      analyseTimer = undefined
      const valid = parseMemo(text).errors.length === 0
      set(valid ? { analysedText: text, validText: text } : { analysedText: text })
    }
    const save = () => {
      clearTimeout(saveTimer)
      saveTimer = undefined
      if (!documents) return
      const started = ++saves
      const latest = () => started === saves && saveTimer === undefined
      let saving: Promise<void>
      try {
        saving = documents.save(get().text)
      } catch (err) {
        saving = Promise.reject(err)
      }
      saving.then(
          () => latest() && set({ saveState: 'saved', saveFailure: null }),
          (err: unknown) => latest() && set({ saveState: 'failed', saveFailure: saveFailureOf(err) }),
        )
    }
    /** Every text change passes here: typed text is analysed after a pause, an action's text at once. */
    const commitText = (text: string, how: 'typed' | 'action', extra: Partial<AppState> = {}) => {
      set({ text, ...extra, ...(documents ? { saveState: 'pending' as const } : {}) })
      if (how === 'action') analyse(text)
      else {
        clearTimeout(analyseTimer)
        analyseTimer = setTimeout(() => analyse(get().text), analyseDelayMs)
      }
      if (documents) {
        clearTimeout(saveTimer)
        saveTimer = setTimeout(save, saveDelayMs)
      }
    }

    const initialValid = parseMemo(initialText).errors.length === 0
    return {
      text: initialText,
      analysedText: initialText,
      validText: initialValid ? initialText : '',
      selected: null,
      notice: null,
      saveState: 'saved',
      saveFailure: null,
      focusPanel: null,
      reveal: null,
      reviewFix: null,
      ticked: loadTicks(storage),
      actions: {
        setText(text) {
          if (text !== get().text) commitText(text, 'typed')
        },
        selectService(name) {
          set({ selected: name })
        },
        applyEdit: createApplyEdit({ get, set, commitText }),
        dismissNotice() {
          set({ notice: null })
        },
        revealFinding(finding, panel) {
          nonce += 1
          set({
            ...(finding.service !== null ? { selected: finding.service } : {}),
            focusPanel: panel ? { id: panel, nonce } : null,
            reveal: { line: finding.line, column: finding.column, nonce },
          })
        },
        reviewFix(finding) {
          nonce += 1
          set({
            ...(finding.service !== null ? { selected: finding.service } : {}),
            reveal: { line: finding.line, column: finding.column, nonce },
            reviewFix: { ruleId: finding.ruleId, service: finding.service, nonce },
          })
        },
        setTicked(id, on) {
          const ticked = withTick(get().ticked, id, on)
          set({ ticked })
          if (storage) saveTicks(storage, ticked)
        },
        flush() {
          if (analyseTimer !== undefined) analyse(get().text)
          if (saveTimer !== undefined) save()
        },
        dispose() {
          clearTimeout(analyseTimer)
          clearTimeout(saveTimer)
        },
      },
    }
  })
  return store
}
