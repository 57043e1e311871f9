// The store factory: every call gives an independent store (one per page, one per test) with its own timers.
import { createStore } from 'zustand/vanilla'
import type { AppState, AppStore, DocumentStore, TextStorage } from './app-state'
import { createApplyEdit } from './apply-edit'
import type { Engine } from '../engine/engine'
import { createPageEngine } from '../engine/page-engine'
import { withTick } from '../scoring/manual-ticks'
import { loadTicks, saveTicks } from './manual-ticks'
import { estimatedParseMs, parseMemo } from './parse-memo'
import { saveFailureOf } from './persistence'
import { shareEqual } from './share-equal'

export interface AppStoreOptions {
  initialText: string
  /** Where the document is saved as it changes; null keeps it in memory only. */
  documents?: DocumentStore | null
  /** Where the manual checklist ticks are kept; null keeps them in memory only. */
  storage?: TextStorage | null
  /** Computes the analysis; the default runs it on the page, at once (main.tsx hands in the worker engine). */
  engine?: Engine
  /** How long typing must pause before the text is analysed when the engine runs on the page. */
  analyseDelayMs?: number
  /** The same when the engine runs in a worker: just long enough to take a burst of keys as one text. */
  workerDelayMs?: number
  /** How long typing must pause before a text that is slow to parse reaches the forms. */
  formsIdleMs?: number
  /**
   * A parse slower than this (ms) is slow: such a file (posthog.yaml's 2,100 lines take about 25 ms here) is re-parsed
   * for the forms once typing pauses, not on every key, so no key waits for it.
   */
  slowParseMs?: number
  /** How long the text must stay unchanged before it is saved. */
  saveDelayMs?: number
}

export function createAppStore(options: AppStoreOptions): AppStore {
  const { initialText, documents = null, storage = null, engine = createPageEngine(), analyseDelayMs = 200, workerDelayMs = 16, formsIdleMs = 400, slowParseMs = 12, saveDelayMs = 400 } = options
  let analyseTimer: ReturnType<typeof setTimeout> | undefined
  let formsTimer: ReturnType<typeof setTimeout> | undefined
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  /** Counts the saves started: only the latest may report, so an older one finishing late cannot claim "saved". */
  let saves = 0
  /** Makes each reveal / focus request a distinct value, so asking twice for the same place still acts. */
  let nonce = 0
  /** Set by the store's creator: asks for the first analysis once the store exists. */
  let analyseFirst = () => {}

  const store = createStore<AppState>()((set, get) => {
    /**
     * Asks the engine for the analysis of `text`; its answer (unless a newer text overtook it) makes a readable text
     * what the forms show. An action's text is already parsed: the forms follow it at once, the findings on the answer.
     */
    const analyse = (text: string, how: 'typed' | 'action') => {
      clearTimeout(analyseTimer)
      analyseTimer = undefined
      if (how === 'action') {
        const parseError = parseMemo(text).errors[0] ?? null
        clearTimeout(formsTimer)
        formsTimer = undefined
        set(parseError ? { parseError } : { parseError, validText: text })
      }
      engine.analyse({ text }, (analysis) => {
        const parseError = analysis.errors[0] ?? null
        const engineFallback = engine.fallbackReason
        if (parseError) return set({ analysedText: analysis.text, parseError, engineFallback })
        // Equal parts keep their objects, so what did not change does not re-render (share-equal.ts).
        set({ analysedText: analysis.text, parseError, analysis: shareEqual(get().analysis, analysis), engineFallback })
        if (get().validText === analysis.text) return
        // The forms parse the text on the page: cheap for most files, so at once; for a file whose parse would be
        // slow, once typing pauses, so that typing never waits for it.
        clearTimeout(formsTimer)
        if (estimatedParseMs(analysis.text.length) < slowParseMs) showInForms()
        else formsTimer = setTimeout(showInForms, formsIdleMs)
      })
    }
    /** The forms follow the last readable analysed text. */
    const showInForms = () => {
      clearTimeout(formsTimer)
      formsTimer = undefined
      const { analysis } = get()
      if (analysis) set({ validText: analysis.text })
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
      if (how === 'action') analyse(text, 'action')
      else {
        if (formsTimer !== undefined) {
          clearTimeout(formsTimer)
          formsTimer = setTimeout(showInForms, formsIdleMs)
        }
        clearTimeout(analyseTimer)
        analyseTimer = setTimeout(() => analyse(get().text, 'typed'), engine.offThread ? workerDelayMs : analyseDelayMs)
      }
      if (documents) {
        clearTimeout(saveTimer)
        saveTimer = setTimeout(save, saveDelayMs)
      }
    }

    const initialError = parseMemo(initialText).errors[0] ?? null
    analyseFirst = () => analyse(get().text, 'typed')
    return {
      text: initialText,
      analysedText: null,
      parseError: initialError,
      validText: initialError ? '' : initialText,
      analysis: null,
      engineFallback: engine.fallbackReason,
      selected: null,
      notice: null,
      saveState: 'saved',
      saveFailure: null,
      focusPanel: null,
      reveal: null,
      reviewFix: null,
      explain: null,
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
        explainRule(ruleId) {
          nonce += 1
          set({ explain: ruleId === null ? null : { ruleId, nonce } })
        },
        setTicked(id, on) {
          const ticked = withTick(get().ticked, id, on)
          set({ ticked })
          if (storage) saveTicks(storage, ticked)
        },
        harden: (request) => engine.harden(request),
        flush() {
          if (analyseTimer !== undefined) analyse(get().text, 'typed')
          if (formsTimer !== undefined) showInForms()
          if (saveTimer !== undefined) save()
        },
        dispose() {
          engine.dispose()
          clearTimeout(analyseTimer)
          clearTimeout(formsTimer)
          clearTimeout(saveTimer)
        },
      },
    }
  })
  analyseFirst()
  return store
}
