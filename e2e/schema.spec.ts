import { expect, test } from './fixtures'

test('the editor validates against the bundled compose-spec schema', async ({ app, editor, page }) => {
  await app.open()
  await editor.typeOver('services:', 'servicess:')
  await expect.poll(() => editor.markerMessages()).toContain('Property servicess is not allowed.')
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible()
})

test('the editor completes compose keys from the schema', async ({ app, editor, page }) => {
  await app.open()
  await editor.select('restart: unless-stopped')
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('stop_sig')
  await page.keyboard.press('Control+Space')
  await expect(page.locator('.monaco-editor .suggest-widget')).toContainText('stop_signal')
})

test('hovering a key shows its description from the schema', async ({ app, editor, page }) => {
  await app.open()
  await editor.select('read_only')
  await page.keyboard.press('Control+k')
  await page.keyboard.press('Control+i')
  await expect(page.locator('.monaco-editor .monaco-hover')).toContainText("Mount the container's filesystem as read only.")
})
