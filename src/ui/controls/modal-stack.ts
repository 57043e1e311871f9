// What showModal() gives a dialog, for a dialog opened with show(): Escape closes the topmost one, Tab and Shift+Tab
// go round inside it, and focus that lands outside it (a script, a lower dialog) goes back to where it was in it.
// Why not showModal(): it makes the rest of the page inert, and inertness is style. On a big file (a page of 3,500
// elements) opening Harden restyled all of them and re-ran the caret's position search through an inert page: 120 ms
// of one task before the dialog showed, against 20 ms this way (npm run bench:browser). Screen readers still confine
// themselves to the dialog: it carries aria-modal="true", which Chromium's accessibility tree honours.
//
// Tab moves the focus as the browser always does (into scroll boxes too); only when it leaves the dialog does it land
// on one of the two guards Dialog.tsx puts before and after it, and the guard sends it round to the other end.

/** The attribute of the guards: "start" before the dialog, "end" after it. */
const GUARD_ATTRIBUTE = 'data-modal-guard'

interface Open {
  dialog: HTMLDialogElement
  /** The last element focused inside it: where focus goes back to. */
  last: HTMLElement | null
}

/** Open dialogs in the page's order, which is the order they are drawn in: the last is on top. */
const open: Open[] = []

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]'

/** A scroll box with nothing focusable in it: the browser makes it a tab stop itself, so the keyboard can scroll it. */
function isKeyboardScroller(el: HTMLElement): boolean {
  if (el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth) return false
  const style = getComputedStyle(el)
  return /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`) && !el.querySelector(FOCUSABLE)
}

function isTabStop(el: HTMLElement, root: HTMLElement): boolean {
  if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) return false
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return false
  // A radio group is one stop: its checked radio, or (Tab coming in) its first when none is checked.
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name && !el.checked) {
    const group = radioGroup(el, root)
    return !group.some((r) => r.checked) && group[0] === el
  }
  return true
}

const radioGroup = (el: HTMLInputElement, root: HTMLElement) => [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === el.name)

/** The tab stops inside `root`, in tab order for what our dialogs hold (no positive tabindex). */
function tabStops(root: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = []
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.matches(FOCUSABLE) ? isTabStop(el, root) : isKeyboardScroller(el)) out.push(el)
  }
  return out
}

/** Focuses the dialog's first or last tab stop (Shift+Tab into a group with no radio checked reaches its last). */
function focusEnd(dialog: HTMLDialogElement, end: 'first' | 'last') {
  const stops = tabStops(dialog)
  let el = end === 'first' ? stops[0] : stops[stops.length - 1]
  if (end === 'last' && el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) el = radioGroup(el, dialog).at(-1) ?? el
  ;(el ?? dialog).focus()
}

function onFocusIn(e: FocusEvent) {
  const top = open.at(-1)
  if (!top || !(e.target instanceof HTMLElement)) return
  const target = e.target
  if (top.dialog.contains(target)) {
    top.last = target
    return
  }
  const guard = target.getAttribute(GUARD_ATTRIBUTE)
  if (guard && target.parentElement === top.dialog.parentElement) {
    focusEnd(top.dialog, guard === 'start' ? 'last' : 'first')
    return
  }
  const last = top.last
  if (last?.isConnected && top.dialog.contains(last) && isTabStop(last, top.dialog)) last.focus()
  else focusEnd(top.dialog, 'first')
}

function onKeyDown(e: KeyboardEvent) {
  const top = open.at(-1)
  if (!top || e.defaultPrevented || e.key !== 'Escape' || e.isComposing) return
  e.preventDefault()
  // As a close request does: `cancel` first, which a listener may cancel, then close().
  if (top.dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) top.dialog.close()
}

/** Makes `dialog` modal until the returned function runs; the dialog latest in the page is the one on top. */
export function trapModal(dialog: HTMLDialogElement): () => void {
  if (open.length === 0) {
    // Bubbling, after the dialog's own handlers: a widget that handles Escape itself calls preventDefault().
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('focusin', onFocusIn)
  }
  const entry: Open = { dialog, last: null }
  const after = open.findIndex((o) => dialog.compareDocumentPosition(o.dialog) & Node.DOCUMENT_POSITION_FOLLOWING)
  open.splice(after < 0 ? open.length : after, 0, entry)
  return () => {
    const at = open.indexOf(entry)
    if (at >= 0) open.splice(at, 1)
    if (open.length === 0) {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('focusin', onFocusIn)
    }
  }
}
