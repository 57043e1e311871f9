// What showModal() gives a dialog, for a dialog opened with show(): Escape closes the topmost one, Tab and Shift+Tab
// stay inside it, and focus that lands outside it (a script, a click the backdrop let through) goes back in.
// Why not showModal(): it makes the rest of the page inert, and inertness is style. On a big file (a page of 3,500
// elements) opening Harden restyled all of them and re-ran the caret's position search through an inert page: 120 ms
// of one task before the dialog showed, against 20 ms this way (npm run bench:browser). Screen readers still confine
// themselves to the dialog: it carries aria-modal="true", which Chromium's accessibility tree honours.

const open: HTMLDialogElement[] = []

/** The tab stops inside `root`, in tab order for what our dialogs hold (no positive tabindex). */
export function tabStops(root: HTMLElement): HTMLElement[] {
  const candidates = root.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]')
  return [...candidates].filter((el) => {
    if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) return false
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return false
    // A radio group is one stop: its checked radio, or its first when none is checked.
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name && !el.checked) {
      const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === el.name)
      return !group.some((r) => r.checked) && group[0] === el
    }
    return true
  })
}

const top = (): HTMLDialogElement | undefined => open.at(-1)

function onKeyDown(e: KeyboardEvent) {
  const dialog = top()
  if (!dialog || e.defaultPrevented) return
  if (e.key === 'Escape' && !e.isComposing) {
    e.preventDefault()
    // As a close request does: `cancel` first, which a listener may cancel, then close().
    if (dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close()
  } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
    const stops = tabStops(dialog)
    const active = document.activeElement
    const inside = active instanceof Node && dialog.contains(active)
    if (stops.length === 0) e.preventDefault()
    else if (e.shiftKey && (!inside || active === stops[0])) {
      e.preventDefault()
      stops[stops.length - 1].focus()
    } else if (!e.shiftKey && (!inside || active === stops[stops.length - 1])) {
      e.preventDefault()
      stops[0].focus()
    }
  }
}

function onFocusIn(e: FocusEvent) {
  const dialog = top()
  if (!dialog || (e.target instanceof Node && dialog.contains(e.target))) return
  tabStops(dialog)[0]?.focus()
}

/** Makes `dialog` the topmost modal until the returned function runs. */
export function trapModal(dialog: HTMLDialogElement): () => void {
  if (open.length === 0) {
    // Bubbling, after the dialog's own handlers: a widget that handles Escape itself calls preventDefault().
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('focusin', onFocusIn)
  }
  open.push(dialog)
  return () => {
    const at = open.indexOf(dialog)
    if (at >= 0) open.splice(at, 1)
    if (open.length === 0) {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('focusin', onFocusIn)
    }
  }
}
