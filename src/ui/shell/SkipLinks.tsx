// Skip links, the page's first stops for the keyboard: straight to the editor's text or to the findings, past the
// toolbar and the services list. Hidden until focused.
import type { MouseEvent } from 'react'

const LINK =
  'sr-only rounded-md bg-emerald-700 px-3 py-1.5 text-xs font-semibold text-white shadow-lg focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white'

function focusEditor(e: MouseEvent) {
  e.preventDefault()
  const section = document.querySelector<HTMLElement>('[aria-labelledby="editor-title"]')
  const text = section?.querySelector<HTMLElement>('textarea, [contenteditable="true"]')
  ;(text ?? section)?.focus()
}

function focusFindings(e: MouseEvent) {
  e.preventDefault()
  const tab = document.querySelector<HTMLElement>('[role="tab"][id$="-tab-findings"]')
  if (tab?.getAttribute('aria-selected') !== 'true') tab?.click()
  // The list renders once its tab is shown: focus it on the next frame.
  requestAnimationFrame(() => (document.getElementById('findings') ?? tab)?.focus())
}

export function SkipLinks() {
  return (
    <nav aria-label="Skip links" className="contents">
      <a href="#editor-title" onClick={focusEditor} className={LINK}>
        Skip to editor
      </a>
      <a href="#findings" onClick={focusFindings} className={LINK}>
        Skip to findings
      </a>
    </nav>
  )
}
