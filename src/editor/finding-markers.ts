// Findings as Monaco markers under their own owner, so the schema's markers (monaco-yaml's owner) stay separate.
// Invariant: the markers are those of the engine's last analysis, and are set only while the model holds its text.
// Waived findings have none: the waiver comment on the line says why, and a problem marker would contradict it.
import type { editor, IDisposable } from 'monaco-editor/editor'
import type { Finding, FixKind, Severity } from '../rules/types'
import { selectFindings } from '../store/analysis-selectors'
import type { AppState, AppStore } from '../store/app-state'
import type { Monaco } from './monaco-setup'

export const FINDINGS_OWNER = 'secure-compose'

const FIX_TEXT: Readonly<Record<FixKind, string>> = {
  safe: 'safe fix: Ctrl+. applies it',
  unsafe: 'unsafe fix (may break the workload): review it with Ctrl+.',
  none: 'no automatic fix',
}

export function markerMessage(f: Finding): string {
  return `${f.message}\n${f.ruleId} · ${FIX_TEXT[f.fix]}`
}

export function markerSeverity(monaco: Pick<Monaco, 'MarkerSeverity'>, severity: Severity): number {
  const { Error, Warning, Info, Hint } = monaco.MarkerSeverity
  return { critical: Error, high: Error, medium: Warning, low: Info, info: Hint }[severity]
}

/**
 * The columns a finding underlines on its line: from its column to the end of the value, without a trailing
 * comment; the line's content when the column lies past it.
 */
export function markerColumns(lineText: string, column: number): { start: number; end: number } {
  const rest = lineText.slice(column - 1).replace(/\s+#.*$/, '').trimEnd()
  if (rest) return { start: column, end: column + rest.length }
  const content = lineText.replace(/\s+#.*$/, '').trimEnd()
  const first = content.length - content.trimStart().length
  return content ? { start: first + 1, end: content.length + 1 } : { start: 1, end: Math.max(2, lineText.length + 1) }
}

export interface MarkedFinding {
  finding: Finding
  marker: editor.IMarkerData
}

export interface FindingMarkers extends IDisposable {
  /** The findings whose markers touch lines `from`..`to` (1-based), in the engine's order. */
  findingsOn(from: number, to: number): MarkedFinding[]
}

export function bindFindingMarkers(monaco: Monaco, ed: editor.IStandaloneCodeEditor, store: AppStore): FindingMarkers {
  const model = ed.getModel()
  if (!model) throw new Error('bindFindingMarkers: the editor has no model')
  let shown: MarkedFinding[] = []
  /** The markers last set, as one string: typing within a line usually brings the same ones, and setting them again
   * costs Monaco a pass over every decoration (a large file has a thousand). */
  let shownKey = ''

  const update = (s: AppState) => {
    // Lines of an older text would point at the wrong places; the next analysis brings the right ones.
    if (!s.analysis || model.getValue() !== s.analysis.text) return
    shown = selectFindings(s).map((finding) => {
      const line = Math.min(Math.max(finding.line, 1), model.getLineCount())
      const { start, end } = markerColumns(model.getLineContent(line), finding.column)
      const marker: editor.IMarkerData = {
        severity: markerSeverity(monaco, finding.severity),
        message: markerMessage(finding),
        source: FINDINGS_OWNER,
        startLineNumber: line,
        startColumn: start,
        endLineNumber: line,
        endColumn: end,
      }
      return { finding, marker }
    })
    const key = shown.map(({ marker: m }) => `${m.severity} ${m.startLineNumber}:${m.startColumn}-${m.endColumn} ${m.message}`).join('\n')
    if (key === shownKey) return
    shownKey = key
    monaco.editor.setModelMarkers(model, FINDINGS_OWNER, shown.map((x) => x.marker))
  }

  update(store.getState())
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.analysis !== prev.analysis) update(s)
  })
  return {
    findingsOn: (from, to) => shown.filter(({ marker }) => marker.startLineNumber <= to && marker.endLineNumber >= from),
    dispose() {
      unsubscribe()
      if (!model.isDisposed()) monaco.editor.setModelMarkers(model, FINDINGS_OWNER, [])
    },
  }
}

// Monaco's own range highlight (what "Go to line" shows): themed for light and dark. Monaco rewrites ':' and '/' in
// decoration classes, so Tailwind variants cannot be used here.
const REVEAL_CLASS = 'rangeHighlight'
/** How long a revealed line stays highlighted. */
const HIGHLIGHT_MS = 1600

/** Shows the line a finding points at when the store asks (`reveal`), with a brief highlight; keeps the focus where it is. */
export function bindRevealRequests(ed: editor.IStandaloneCodeEditor, store: AppStore): IDisposable {
  const highlight = ed.createDecorationsCollection()
  let timer: ReturnType<typeof setTimeout> | undefined
  const unsubscribe = store.subscribe((s, prev) => {
    const r = s.reveal
    const model = ed.getModel()
    if (!r || r === prev.reveal || !model) return
    const line = Math.min(Math.max(r.line, 1), model.getLineCount())
    ed.setPosition({ lineNumber: line, column: r.column })
    ed.revealLineInCenter(line)
    highlight.set([{ range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 }, options: { isWholeLine: true, className: REVEAL_CLASS } }])
    clearTimeout(timer)
    timer = setTimeout(() => highlight.clear(), HIGHLIGHT_MS)
  })
  return {
    dispose() {
      unsubscribe()
      clearTimeout(timer)
      highlight.clear()
    },
  }
}
