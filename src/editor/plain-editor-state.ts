// What the plain editor (PlainEditor.tsx, the file as an editable <textarea> while Monaco loads) hands to what takes
// its place: the selection, the scroll position and whether it had the focus. A second plain editor (Suspense's
// fallback gives way to the Monaco wrapper's own loading view) picks it up, and Monaco takes it when it mounts, so
// someone typing while the editor loads keeps their caret, their place and the keyboard. Pure: no DOM, no Monaco.

export interface PlainEditorState {
  /** Offsets in the text, start <= end. */
  start: number
  end: number
  /** The selection was made leftwards: its active end is `start`. */
  backward: boolean
  scrollTop: number
  scrollLeft: number
  focused: boolean
}

let kept: PlainEditorState | null = null

/** Remembers the latest state of the plain editor on screen. */
export function keepPlainEditorState(state: PlainEditorState): void {
  kept = state
}

/** The state a new plain editor starts from (it stays kept for the next one). */
export function peekPlainEditorState(): PlainEditorState | null {
  return kept
}

/** The state Monaco starts from; no later editor takes it again. */
export function takePlainEditorState(): PlainEditorState | null {
  const state = kept
  kept = null
  return state
}

/** The state with its selection inside a text of `length` characters (the text may have shrunk since). */
export function clampSelection(state: PlainEditorState, length: number): PlainEditorState {
  const start = Math.max(0, Math.min(state.start, length))
  const end = Math.max(start, Math.min(state.end, length))
  return { ...state, start, end }
}

/** The number of lines of `text` (one more than its line feeds), without splitting a big file. */
export function lineCount(text: string): number {
  let count = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++
  return count
}

/** The first `count` lines of `text`: the prefix of it up to their last line break, without scanning the rest. */
export function firstLines(text: string, count: number): string {
  let end = -1
  for (let line = 0; line < count; line++) {
    end = text.indexOf('\n', end + 1)
    if (end === -1) return text
  }
  return text.slice(0, end)
}

/** The gutter's text: the numbers 1 to `count`, one per line. */
export function lineNumbers(count: number): string {
  return Array.from({ length: count }, (_, i) => i + 1).join('\n')
}

/**
 * Whether a <textarea> can edit `text` as it is. A textarea reads every line break as "\n": a file with "\r" in it
 * would come back with its line endings changed, so it is shown read only until Monaco, which keeps them, is there.
 */
export function editableAsPlainText(text: string): boolean {
  return !text.includes('\r')
}
