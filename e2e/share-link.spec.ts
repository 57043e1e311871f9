// Share links (issue 11 item 4): the document travels in the URL's #fragment, opens only after a confirmation, and
// reopens the same bytes; a damaged link says so and changes nothing.
import { expect, scenario, test as base } from './fixtures'
import { AppPage } from './pages/app-page'
import { EditorPage } from './pages/editor-page'
import { ToolbarPage } from './pages/toolbar-page'

const test = base.extend<{ toolbar: ToolbarPage }>({
  toolbar: async ({ page }, use) => use(new ToolbarPage(page)),
})

const SHARED = scenario('unhardened.yaml').replace('# Demo stack', '# Demo stack — ünïcode, "quotes" & <tags>')

test('a share link reopens the same document in another browser, after asking', async ({ app, browser, context, page, toolbar }) => {
  test.setTimeout(180_000) // two first visits of the whole app
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await app.open(SHARED)
  await toolbar.share.click()
  await expect(toolbar.message).toContainText('Share link copied')
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=v1\.[\w-]+$/)

  // Someone else opens it: a fresh browser context, with the example document of a first visit.
  const other = await browser.newContext()
  const theirs = await other.newPage()
  const requests: string[] = []
  theirs.on('request', (r) => requests.push(r.url()))
  await theirs.goto(link)
  const dialog = theirs.getByRole('dialog', { name: 'Open the shared document?' })
  // A first visit loads the whole app (no cache in a new context): on a busy 2-core machine that takes a while.
  await expect(dialog).toBeVisible({ timeout: 60_000 })
  await expect(dialog.getByRole('button', { name: 'Keep my document' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Open the shared document' }).click()
  await expect(dialog).toHaveCount(0)
  await new EditorPage(theirs).expectText(SHARED)
  // The fragment is gone from the address bar, so a reload does not ask again; it never reached the server.
  expect(new URL(theirs.url()).hash).toBe('')
  expect(requests.some((u) => u.includes('share='))).toBe(false)
  await new AppPage(theirs).reload()
  await expect(theirs.getByRole('dialog')).toHaveCount(0)
  await new EditorPage(theirs).expectText(SHARED)
  await other.close()
})

test('keeping my document leaves it untouched; a damaged link says why', async ({ app, editor, page }) => {
  await app.open(SHARED)
  await page.goto('/#share=v1.bm90IGRlZmxhdGU')
  await expect(page.getByRole('dialog', { name: 'The share link could not be opened' })).toContainText('damaged')
  await page.getByRole('button', { name: 'OK' }).click()
  await editor.expectText(SHARED)
})
