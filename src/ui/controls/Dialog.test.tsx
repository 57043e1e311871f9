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
    this.querySelector<HTMLElement>('button')?.focus()
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
function TwoDialogs({ nested, onClose = () => {}, onInnerClose = () => {} }: { nested?: boolean; onClose?(): void; onInnerClose?(): void }) {
  return (
    <>
      <button type="button">Page</button>
      <Dialog labelledBy="outer" onClose={onClose}>
        <h2 id="outer">Outer</h2>
        <button type="button">First</button>
        <input type="radio" name="pick" aria-label="A" />
        <input type="radio" name="pick" aria-label="B" defaultChecked />
        <button type="button" disabled>
          Off
        </button>
        <button type="button">Last</button>
        {nested && (
          <Dialog labelledBy="inner" onClose={onInnerClose}>
            <h2 id="inner">Inner</h2>
            <button type="button">Only</button>
          </Dialog>
        )}
      </Dialog>
    </>
  )
}

const tab = (shiftKey = false) => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Tab', shiftKey })
const focused = () => (document.activeElement as HTMLElement | null)?.getAttribute('aria-label') ?? document.activeElement?.textContent

it('is modal: marked aria-modal, Tab and Shift+Tab wrap around its tab stops (a radio group is one), focus outside comes back', () => {
  render(<TwoDialogs />)
  expect(screen.getByRole('dialog', { name: 'Outer' })).toHaveProperty('ariaModal', 'true')
  expect(focused()).toBe('First')
  // Between stops the browser moves the focus; the trap only steps in at the ends.
  expect(tab()).toBe(true)
  screen.getByRole('button', { name: 'Last' }).focus()
  expect(tab()).toBe(false)
  expect(focused()).toBe('First')
  expect(tab(true)).toBe(false)
  expect(focused()).toBe('Last')
  screen.getByRole('radio', { name: 'B' }).focus()
  expect(tab(true)).toBe(true)
  act(() => screen.getByRole('button', { name: 'Page' }).focus())
  expect(focused()).toBe('First')
})

it('Escape closes only the topmost dialog, and not when a widget inside handled it', async () => {
  const onClose = vi.fn<() => void>()
  const onInnerClose = vi.fn<() => void>()
  // The inner one opens later, as one opened from a dialog does.
  const { rerender } = render(<TwoDialogs onClose={onClose} onInnerClose={onInnerClose} />)
  rerender(<TwoDialogs nested onClose={onClose} onInnerClose={onInnerClose} />)
  expect(focused()).toBe('Only')
  // Focus inside the outer dialog while the inner one is open goes to the inner one.
  act(() => screen.getByRole('button', { name: 'Last', hidden: true }).focus())
  expect(focused()).toBe('Only')
  const handled = (e: Event) => e.preventDefault()
  document.activeElement!.addEventListener('keydown', handled)
  fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
  await nextTask()
  expect(onInnerClose).not.toHaveBeenCalled()
  document.activeElement!.removeEventListener('keydown', handled)
  fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
  await nextTask()
  expect(onInnerClose).toHaveBeenCalledTimes(1)
  expect(onClose).not.toHaveBeenCalled()
})

it('a click on the backdrop keeps the focus in the dialog', () => {
  render(<TwoDialogs />)
  const backdrop = screen.getByRole('dialog').previousElementSibling!
  expect(fireEvent.mouseDown(backdrop)).toBe(false)
})
