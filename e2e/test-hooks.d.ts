// The slice of window.__editor / window.__monaco (e2e builds and the dev server only, src/editor/test-hooks.ts) that the specs use.
interface E2eRange {
  startLineNumber: number
  startColumn: number
  endLineNumber: number
  endColumn: number
}

interface E2eModel {
  getValue(): string
  setValue(text: string): void
  getValueInRange(range: E2eRange): string
  getOffsetAt(position: { lineNumber: number; column: number }): number
  findMatches(search: string, searchOnlyEditableRange: boolean, isRegex: boolean, matchCase: boolean, wordSeparators: string | null, captureMatches: boolean): Array<{ range: E2eRange }>
}

interface E2eEditor {
  getValue(): string
  getModel(): E2eModel | null
  focus(): void
  hasTextFocus(): boolean
  getSelection(): (E2eRange & { getPosition(): { lineNumber: number; column: number } }) | null
  setSelection(range: E2eRange): void
  revealRangeInCenterIfOutsideViewport(range: E2eRange, scrollType?: number): void
  getScrolledVisiblePosition(position: { lineNumber: number; column: number }): { top: number; left: number; height: number } | null
  getDomNode(): HTMLElement | null
}

interface E2eMarker {
  message: string
  severity: number
  startLineNumber: number
}

interface E2eMonaco {
  editor: { getModelMarkers(filter: Record<string, never>): E2eMarker[] }
}

interface Window {
  __editor?: E2eEditor
  __monaco?: E2eMonaco
}
