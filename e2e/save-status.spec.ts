import { expect, test } from './fixtures'
import { ToolbarPage } from './pages/toolbar-page'

interface Seen {
  status: string | null | undefined
  xs: number[]
}

test('the toolbar stays put while the save status goes from "Saving…" to "Saved"', async ({ app, editor, page }) => {
  const toolbar = new ToolbarPage(page)
  await app.open()
  await app.expectSaved()
  // Each time the status changes, however briefly, record it with every toolbar button's x in the same moment.
  const before = await toolbar.toolbar.getByRole('button').evaluateAll((buttons) => {
    const status = document.querySelector('header [role="status"]')!
    const record = (): Seen => ({ status: status.textContent, xs: buttons.map((b) => Math.round(b.getBoundingClientRect().x)) })
    const seen: Seen[] = []
    ;(window as unknown as { seenStatus: Seen[] }).seenStatus = seen
    new MutationObserver(() => seen.push(record())).observe(status, { subtree: true, childList: true, characterData: true })
    return record()
  })
  expect(before.status).toBe('Saved in this browser')
  expect(before.xs.length).toBeGreaterThanOrEqual(5)

  await editor.typeOver('secure-app', 'steady-app')
  await app.expectSaved()
  const seen = await page.evaluate(() => (window as unknown as { seenStatus: Seen[] }).seenStatus)
  expect(seen.map((s) => s.status)).toEqual(expect.arrayContaining(['Saving…', 'Saved in this browser']))
  for (const s of seen) expect(s.xs, `toolbar while the status read "${s.status}"`).toEqual(before.xs)
})
