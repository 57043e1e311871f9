// The file's first lines as plain text, in the editor's font and place, while Monaco loads: on a first visit Monaco
// takes about two seconds on two cores (3.6 MB of script to parse and run), and the file is on screen well before that.
// Monaco's editor replaces it where it stands. Read only and out of the tab order; screen readers hear that the editor
// is loading (the text is the same as the editor's, which they get once it is there).
import { useApp } from '../store/use-app'
import type { AppState } from '../store/app-state'
import { EDITOR_FONT } from './editor-font'

/** More lines than any screen shows. */
const LINES = 150

const selectText = (s: AppState) => s.text

/** The first `count` lines of `text` (without scanning the rest of a big file). */
export function firstLines(text: string, count: number): string[] {
  return text.split(/\r?\n/, count)
}

const FONT = { fontFamily: EDITOR_FONT.fontFamily, fontSize: EDITOR_FONT.fontSize, lineHeight: `${EDITOR_FONT.lineHeight}px`, tabSize: 2 }

export function TextPreview() {
  const lines = firstLines(useApp(selectText), LINES)
  return (
    <div data-testid="editor.preview" className="relative h-full w-full self-stretch overflow-hidden bg-[#fffffe] pt-3 text-black dark:bg-[#1e1e1e] dark:text-[#d4d4d4]">
      <p role="status" className="absolute top-2 right-3 rounded-full bg-slate-100 px-2 py-0.5 text-[11px] text-slate-600 dark:bg-slate-800 dark:text-slate-300">
        Loading the editor…
      </p>
      <div aria-hidden="true" className="flex">
        <pre className="m-0 w-[65px] shrink-0 pr-[26px] text-right text-[#237893] dark:text-[#858585]" style={FONT}>
          {lines.map((_, i) => i + 1).join('\n')}
        </pre>
        <pre className="m-0 min-w-0 flex-1 overflow-hidden" style={FONT}>
          {lines.join('\n')}
        </pre>
      </div>
    </div>
  )
}
