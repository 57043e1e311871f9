import { expect, test as base } from './fixtures'
import { ToolbarPage } from './pages/toolbar-page'

const test = base.extend<{ toolbar: ToolbarPage }>({
  toolbar: async ({ page }, use) => use(new ToolbarPage(page)),
})

test('the theme choice switches the page and Monaco, and persists across a reload', async ({ app, page, toolbar }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await app.open()
  const html = page.locator('html')
  const monaco = page.locator('.monaco-editor').first()
  await expect(toolbar.theme('System')).toBeChecked()
  await expect(html).not.toHaveClass(/\bdark\b/)
  await expect(monaco).toHaveClass(/(^|\s)vs(\s|$)/)

  await toolbar.setTheme('Dark')
  await expect(html).toHaveClass(/\bdark\b/)
  await expect(monaco).toHaveClass(/\bvs-dark\b/)

  await app.reload()
  await expect(toolbar.theme('Dark')).toBeChecked()
  await expect(html).toHaveClass(/\bdark\b/)
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/\bvs-dark\b/)

  await toolbar.setTheme('Light')
  await expect(html).not.toHaveClass(/\bdark\b/)
  await expect(page.locator('.monaco-editor').first()).toHaveClass(/(^|\s)vs(\s|$)/)
})

test('System follows the colour scheme of the system, also when it changes', async ({ app, page, toolbar }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await app.open()
  const html = page.locator('html')
  await expect(toolbar.theme('System')).toBeChecked()
  await expect(html).toHaveClass(/\bdark\b/)
  await page.emulateMedia({ colorScheme: 'light' })
  await expect(html).not.toHaveClass(/\bdark\b/)
  await expect(page.locator('.monaco-editor').first()).not.toHaveClass(/\bvs-dark\b/)
})

test('the theme radios work with the keyboard', async ({ app, page, toolbar }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await app.open()
  await toolbar.theme('System').focus()
  await page.keyboard.press('ArrowLeft')
  await expect(toolbar.theme('Dark')).toBeChecked()
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
})
