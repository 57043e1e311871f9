// @vitest-environment jsdom
// jsdom 29 has no showModal()/close(), so the test models them as the HTML spec does: close() sets open to false at once
// and queues a task that fires `close`. That queued event is what StrictMode's mount, unmount, mount used to trip on.
import { StrictMode, useState } from 'react'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, expect, it, vi } from 'vitest'
import { Dialog } from './Dialog'

beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
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
