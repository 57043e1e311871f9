// The file as plain, editable text in the editor's font, colours and place while Monaco loads: on a first visit Monaco
// takes about two seconds on two cores (3.6 MB of script to parse and run), and the file can be read and typed in well
// before that. What is typed goes to the store like Monaco's typing (the findings and forms follow); a form edit comes
// back as one splice that keeps the caret. Monaco then takes its place with the same text, selection, scroll position
// and focus (plain-editor-state.ts). A file with "\r" line endings is shown read only (a textarea would change them),
// and so are the first lines of a file over 5,000 lines: a textarea lays out its whole text on every key, about 100 ms
// at 12,000 lines on two cores.
import { useLayoutEffect, useMemo, useRef } from 'react'
import { minimalEdit } from '../compose/write/minimal-edit'
import type { AppState } from '../store/app-state'
import { useActions, useApp } from '../store/use-app'
import { EDITOR_FONT } from './editor-font'
import { clampSelection, editableAsPlainText, firstLines, keepPlainEditorState, lineCount, lineNumbers, peekPlainEditorState } from './plain-editor-state'

const selectText = (s: AppState) => s.text

/** Up to this many lines the file is editable here; a bigger one shows its first lines, read only. */
const EDITABLE_LINES = 5_000
/** More lines than any screen shows. */
const GLIMPSE_LINES = 150

const FONT = { fontFamily: EDITOR_FONT.fontFamily, fontSize: EDITOR_FONT.fontSize, lineHeight: `${EDITOR_FONT.lineHeight}px`, tabSize: 2 }

export function PlainEditor() {
  const text = useApp(selectText)
  const { setText } = useActions()
  const area = useRef<HTMLTextAreaElement>(null)
  const gutter = useRef<HTMLPreElement>(null)
  const total = lineCount(text)
  const whole = total <= EDITABLE_LINES
  const shown = whole ? text : firstLines(text, GLIMPSE_LINES).replace(/\r$/, '')
  const editable = whole && editableAsPlainText(text)
  const lines = whole ? total : lineCount(shown)
  const numbers = useMemo(() => lineNumbers(lines), [lines])

  const syncGutter = (el: HTMLTextAreaElement) => {
    if (gutter.current) gutter.current.style.transform = `translateY(${-el.scrollTop}px)`
  }
  // The store's text reaches the textarea as one splice ('preserve' keeps the caret and selection where they were).
  useLayoutEffect(() => {
    const el = area.current
    if (!el || el.value === shown) return
    const edit = editable ? minimalEdit(el.value, shown) : null
    if (edit) el.setRangeText(edit.text, edit.start, edit.end, 'preserve')
    else el.value = shown
  }, [shown, editable])

  // An earlier plain editor's selection, scroll position and focus carry over (Suspense's fallback gives way to the
  // Monaco wrapper's loading view), and this one's are kept as it goes: its layout cleanup runs before it leaves the
  // page, and before Monaco's onMount. The focus is taken back only when nothing else has it.
  useLayoutEffect(() => {
    const el = area.current
    if (!el) return
    const state = peekPlainEditorState()
    if (state) {
      const { start, end, backward, scrollTop, scrollLeft, focused } = clampSelection(state, el.value.length)
      el.setSelectionRange(start, end, backward ? 'backward' : 'forward')
      el.scrollTop = scrollTop
      el.scrollLeft = scrollLeft
      syncGutter(el)
      if (focused && (document.activeElement === null || document.activeElement === document.body)) el.focus({ preventScroll: true })
    }
    return () => {
      if (!el.isConnected) return
      // A read-only view's offsets are not the file's (its line breaks are "\n"): only the place and focus carry over.
      const offsets = !el.readOnly
      keepPlainEditorState({
        start: offsets ? el.selectionStart : 0,
        end: offsets ? el.selectionEnd : 0,
        backward: el.selectionDirection === 'backward',
        scrollTop: el.scrollTop,
        scrollLeft: el.scrollLeft,
        focused: document.activeElement === el,
      })
    }
  }, [])

  return (
    <div data-testid="editor.plain" className="relative flex h-full w-full self-stretch overflow-hidden bg-[#fffffe] text-black dark:bg-[#1e1e1e] dark:text-[#d4d4d4]">
      <p id="editor-plain-status" role="status" className="absolute top-2 right-3 z-10 rounded-full bg-slate-100 px-2 py-0.5 text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        Loading the editor…
      </p>
      <div aria-hidden="true" className="w-[65px] shrink-0 overflow-hidden">
        <pre ref={gutter} className="m-0 py-3 pr-[26px] text-right text-[#237893] will-change-transform dark:text-[#858585]" style={FONT}>
          {numbers}
        </pre>
      </div>
      <textarea
        ref={area}
        aria-label="Compose file (YAML), plain text while the editor loads"
        aria-describedby="editor-plain-status"
        defaultValue={shown}
        readOnly={!editable}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        className={`m-0 min-w-0 flex-1 resize-none border-0 bg-transparent py-3 pr-3 pl-0 whitespace-pre text-inherit caret-current outline-none selection:bg-[#add6ff] dark:selection:bg-[#264f78] ${whole ? 'overflow-auto' : 'overflow-hidden'}`}
        style={FONT}
        onInput={(e) => setText(e.currentTarget.value)}
        onScroll={(e) => syncGutter(e.currentTarget)}
      />
    </div>
  )
}
