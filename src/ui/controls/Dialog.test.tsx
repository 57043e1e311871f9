// @vitest-environment jsdom
// jsdom 29 has no show()/close(), so the test models them as the HTML spec does: show() focuses the first focusable
// element; close() sets open to false at once and queues a task that fires `close`. That queued event is what
// StrictMode's mount, unmount, mount used to trip on.
import { StrictMode, useState } from 'react'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, expect, it, vi } from 'vitest'
import { Dialog } from './Dialog'

beforeAll(() => {
  HTMLDialogElement.prototype.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '')
    this.querySelector<HTMLElement>('button:not([disabled]), input')?.focus()
  }
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return
    this.removeAttribute('open')
    setTimeout(() => this.dispatchEvent(new Event('close')))
  }
})

afterEach(cleanup)

/** Lets queued tasks (the `close` events) run. */
const nextTask = () => act(() => new Promise<void>((resolve) => setTimeout(resolve)))

function Opener({ onClose }: { onClose(): void }) {
  const [open, setOpen] = useState(false)
  const close = () => {
    onClose()
    setOpen(false)
  }
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      {open && (
        <Dialog labelledBy="title" onClose={close}>
          <h2 id="title">Question</h2>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </Dialog>
      )}
    </>
  )
}

function openUnderStrictMode() {
  const onClose = vi.fn<() => void>()
  render(
    <StrictMode>
      <Opener onClose={onClose} />
    </StrictMode>,
  )
  const opener = screen.getByRole('button', { name: 'Open' })
  opener.focus()
  fireEvent.click(opener)
  return { onClose, opener }
}

it('stays open under StrictMode: the close event its own first cleanup queued is ignored', async () => {
  const { onClose } = openUnderStrictMode()
  await nextTask()
  expect(onClose).not.toHaveBeenCalled()
  expect(screen.getByRole('dialog', { name: 'Question' })).toHaveProperty('open', true)
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }))
})

it('reports a close the user made (Escape, form[method=dialog]) once, and focus returns to the opener', async () => {
  const { onClose, opener } = openUnderStrictMode()
  await nextTask()
  act(() => (screen.getByRole('dialog') as HTMLDialogElement).close())
  await nextTask()
  expect(onClose).toHaveBeenCalledTimes(1)
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(document.activeElement).toBe(opener)
})

it('returns focus to the opener when its owner unmounts it', async () => {
  const { onClose, opener } = openUnderStrictMode()
  await nextTask()
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
  await nextTask()
  expect(onClose).toHaveBeenCalledTimes(1)
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(document.activeElement).toBe(opener)
})

/** A dialog with two buttons, a radio group and a disabled button, over a page with a button of its own. */
function TwoDialogs({ nested, onClose = () => {}, onInnerClose = () => {}, checked = true }: { nested?: boolean; onClose?(): void; onInnerClose?(): void; checked?: boolean }) {
  return (
    <>
      <button type="button">Page</button>
      <Dialog labelledBy="outer" onClose={onClose}>
        <h2 id="outer">Outer</h2>
        <button type="button">First</button>
        <button type="button" disabled>
          Off
        </button>
        <input type="radio" name="pick" aria-label="A" />
        <input type="radio" name="pick" aria-label="B" defaultChecked={checked} />
        {nested && (
          <Dialog labelledBy="inner" onClose={onInnerClose}>
            <h2 id="inner">Inner</h2>
            {/* A widget that handles Escape itself, as React code does. */}
            <input aria-label="Only" onKeyDown={(e) => e.key === 'Escape' && e.currentTarget.value !== '' && e.preventDefault()} />
          </Dialog>
        )}
      </Dialog>
    </>
  )
}

const focused = () => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? document.activeElement?.textContent
/** Focus on one of the guards around the top dialog: where the browser's Tab lands past the dialog's last or first stop. */
const guard = (end: 'start' | 'end') => act(() => [...document.querySelectorAll<HTMLElement>(`[data-modal-guard="${end}"]`)].at(-1)!.focus())

it('is modal: aria-modal; Tab past either end goes round (a radio group is one stop); focus outside goes back', () => {
  render(<TwoDialogs />)
  expect(screen.getByRole('dialog', { name: 'Outer' })).toHaveProperty('ariaModal', 'true')
  expect(focused()).toBe('First')
  guard('start')
  expect(focused()).toBe('B')
  guard('end')
  expect(focused()).toBe('First')
  // A script (or a click that got through) focusing the page: back to where the focus was in the dialog.
  act(() => screen.getByRole('radio', { name: 'B' }).focus())
  act(() => screen.getByRole('button', { name: 'Page' }).focus())
  expect(focused()).toBe('B')
})

it('Shift+Tab round into a radio group with nothing checked reaches its last radio, Tab its first', () => {
  render(<TwoDialogs checked={false} />)
  guard('start')
  expect(focused()).toBe('B')
  guard('end')
  expect(focused()).toBe('First')
})

it('Escape closes only the topmost dialog, and not when a widget in it handled the key', async () => {
  const onClose = vi.fn<() => void>()
  const onInnerClose = vi.fn<() => void>()
  // The inner one opens later, as one opened from a dialog does.
  const { rerender } = render(<TwoDialogs onClose={onClose} onInnerClose={onInnerClose} />)
  rerender(<TwoDialogs nested onClose={onClose} onInnerClose={onInnerClose} />)
  expect(focused()).toBe('Only')
  // Focus inside the outer dialog while the inner one is open goes back to the inner one.
  act(() => screen.getByRole('button', { name: 'First', hidden: true }).focus())
  expect(focused()).toBe('Only')
  const only = screen.getByRole('textbox', { name: 'Only' })
  fireEvent.change(only, { target: { value: 'x' } })
  fireEvent.keyDown(only, { key: 'Escape' })
  await nextTask()
  expect(onInnerClose).not.toHaveBeenCalled()
  fireEvent.change(only, { target: { value: '' } })
  fireEvent.keyDown(only, { key: 'Escape' })
  await nextTask()
  expect(onInnerClose).toHaveBeenCalledTimes(1)
  expect(onClose).not.toHaveBeenCalled()
})

it('lets the page have the focus and Escape back once the last dialog is gone', () => {
  const { rerender } = render(<TwoDialogs />)
  rerender(<button type="button">Page</button>)
  const page = screen.getByRole('button', { name: 'Page' })
  act(() => page.focus())
  expect(fireEvent.keyDown(page, { key: 'Escape' })).toBe(true)
  expect(document.activeElement).toBe(page)
})

it('a click on the backdrop keeps the focus in the dialog', () => {
  render(<TwoDialogs />)
  const backdrop = screen.getByRole('dialog').parentElement!.firstElementChild!
  expect(fireEvent.mouseDown(backdrop)).toBe(false)
})
