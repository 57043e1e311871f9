// The store's shape. Sources of truth only: the text and UI state. Parsed data is derived (selectors.ts).
import type { StoreApi } from 'zustand/vanilla'
import type { EditPlan, ParseProblem } from '../compose/types'
import type { EditBuilder } from '../edits/edit-result'
import type { Analysis } from '../engine/analysis'
import type { Engine } from '../engine/engine'
import type { ChecklistItemId, Finding } from '../rules/types'

export type SaveState = 'saved' | 'pending' | 'failed'
/** Why the last save failed: the storage is full, the browser refuses storage altogether, or something else. */
export type SaveFailure = 'full' | 'refused' | 'error'

export interface AppState {
  /** The document exactly as typed, or as the last action left it. */
  text: string
  /** The text of the engine's last answer (readable or not); null before the first. Trails `text` while typing. */
  analysedText: string | null
  /** The first parse problem of the latest text parsed (an action's, or the engine's last answer); null when readable. */
  parseError: ParseProblem | null
  /**
   * The text the forms show: the last readable text of an action or an answer (for a file slow to parse, once typing
   * pauses). While the text cannot be read, disabled forms keep showing it.
   */
  validText: string
  /**
   * The analysis (findings, score, checklist) the page shows: of `validText` once the engine has answered, of an
   * earlier readable text until then; null before the first answer.
   */
  analysis: Analysis | null
  /** Why the analysis runs on the page instead of in its background worker; null while the worker serves. */
  engineFallback: string | null
  /** The service the forms show; null or a missing name means the first service. */
  selected: string | null
  /** Why the last action changed nothing, for people; null after one that worked. */
  notice: string | null
  saveState: SaveState
  /** Set while saveState is 'failed'. */
  saveFailure: SaveFailure | null
  /** A request to bring a settings panel into view and focus it; each request is a new object (Panel.tsx). */
  focusPanel: { id: string; nonce: number } | null
  /** A request to show a line in the editor; each request is a new object (finding-markers.ts). */
  reveal: { line: number; column: number; nonce: number } | null
  /** An unsafe fix the user asked for from the editor: the findings list opens its confirmation (the change shown first). */
  reviewFix: { ruleId: string; service: string | null; nonce: number } | null
  /** The rule whose explanation ("Why?") is open; each request is a new object. */
  explain: { ruleId: string; nonce: number } | null
  /** The checklist's manual items the user ticked; kept in this browser (manual-ticks.ts). */
  ticked: readonly ChecklistItemId[]
  actions: AppActions
}

/** Every change to the document or the UI goes through these, from forms, lists and the editor alike. */
export interface AppActions {
  /** The editor's text changed (typing, paste, undo). */
  setText(text: string): void
  selectService(name: string): void
  /**
   * The one way to change the document from a form, a list, a quick fix, the findings list, Harden, a template or a
   * file: commits `edit` as one text change (one Ctrl+Z step in the editor, text-sync.ts). A builder runs against the
   * current text (never the analysed one: it may trail the typing) and is refused while that text cannot be parsed.
   * Returns false when nothing was committed because of a problem; `notice` then says why.
   */
  applyEdit(edit: EditInput, extra?: Partial<Pick<AppState, 'selected'>>): boolean
  dismissNotice(): void
  /** Shows where a finding is: selects its service, opens the settings panel `panel` (when given) and reveals its line. */
  revealFinding(finding: Pick<Finding, 'service' | 'line' | 'column'>, panel?: string | null): void
  /** Shows the finding and opens the confirmation of its (unsafe) fix in the findings list. */
  reviewFix(finding: Pick<Finding, 'ruleId' | 'service' | 'line' | 'column'>): void
  /** Opens the explanation of a rule (what it checks, why it matters, how to fix it by hand); null closes it. */
  explainRule(ruleId: string | null): void
  /** Ticks or unticks a manual checklist item; the ticks are saved at once. */
  setTicked(id: ChecklistItemId, on: boolean): void
  /** Harden's computations, run by the engine (in its worker when one started). */
  harden: Engine['harden']
  /** Runs pending analysis and saving now (before the page goes away, or in tests). */
  flush(): void
  /** Stops the timers. */
  dispose(): void
}

/**
 * What `applyEdit` takes: a plan, an edit from src/edits bound to its input (a plan, null for "nothing to change" or a
 * sentence saying why not), or a whole new document. The last replaces the text even while it cannot be parsed, and may
 * itself be broken: opening a file, a template or Harden's result is a new document, not an edit of the current one.
 */
export type EditInput = EditPlan | EditBuilder | { replaceDocument: string }

export type AppStore = StoreApi<AppState>

/** Where the document is kept (IndexedDB in the browser): asynchronous, and a save rejects with the reason it failed. */
export interface DocumentStore {
  load(): Promise<string | null>
  save(text: string): Promise<void>
}

/** The part of Web Storage the store uses, so tests can pass a Map-backed fake. */
export interface TextStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}
