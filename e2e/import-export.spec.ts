import { readFileSync } from 'node:fs'
import { example, expect, test as base } from './fixtures'
import { ToolbarPage } from './pages/toolbar-page'

const test = base.extend<{ toolbar: ToolbarPage }>({
  toolbar: async ({ page }, use) => use(new ToolbarPage(page)),
})

const template = (name: string) => readFileSync(new URL(`../src/examples/templates/${name}.yaml`, import.meta.url), 'utf8')

const OPENED = `# Opened from disk.
services:
  api:
    image: ghcr.io/example/api:3.0   # the API
    user: "2000:2000"
`

test.beforeEach(async ({ app }) => {
  await app.open()
})

test('open a file with the picker: it replaces the document as one undo step', async ({ editor, forms, toolbar }) => {
  const before = await editor.text()
  // CRLF line ends from another editor arrive as LF, like everything the editor holds.
  await toolbar.fileInput.setInputFiles({ name: 'compose.yaml', mimeType: 'application/x-yaml', buffer: Buffer.from(OPENED.replaceAll('\n', '\r\n')) })
  await editor.expectText(OPENED)
  await expect(forms.heading).toHaveText('api')
  await expect(forms.user).toHaveValue('2000')
  await expect(toolbar.message).toContainText('Opened compose.yaml.')

  await editor.undo()
  await editor.expectText(before)
})

test('the picker refuses binary files and files over 1 MiB, and keeps the document', async ({ editor, toolbar }) => {
  const before = await editor.text()
  await toolbar.fileInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) })
  await expect(toolbar.message.getByRole('alert')).toHaveText(/logo\.png is not a text file \(image\/png\)\. Open a compose file \(\.yaml or \.yml\)\./)

  await toolbar.fileInput.setInputFiles({ name: 'huge.yaml', mimeType: 'application/x-yaml', buffer: Buffer.alloc(1024 * 1024 + 10, 'a') })
  await expect(toolbar.message.getByRole('alert')).toContainText('huge.yaml is 1 MB; files over 1 MB cannot be opened.')
  await editor.expectText(before)
})

test('drop a file on the page to open it', async ({ editor, forms, toolbar }) => {
  await toolbar.dropFile('dropped.yml', OPENED)
  await editor.expectText(OPENED)
  await expect(forms.heading).toHaveText('api')
  await expect(toolbar.message).toContainText('Opened dropped.yml.')
})

test('a template replaces a document with content only after confirming, and Ctrl+Z brings the text back', async ({ editor, forms, toolbar }) => {
  const before = await editor.text()
  let confirm = await toolbar.chooseTemplate('Database')
  await expect(confirm).toBeVisible()
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toHaveCount(0)
  await editor.expectText(before)

  confirm = await toolbar.chooseTemplate('Database')
  await confirm.getByRole('button', { name: 'Replace with Database' }).click()
  await editor.expectText(template('database'))
  await expect(forms.heading).toHaveText('db')

  await editor.undo()
  await editor.expectText(before)
})

test('the New menu works with the keyboard, and an empty document is replaced without asking', async ({ editor, page, toolbar }) => {
  const confirm = await toolbar.chooseTemplate('Empty file')
  await confirm.getByRole('button', { name: 'Replace with Empty file' }).click()
  await editor.expectText(template('empty'))

  // The empty template is comments only; clear it so the document is truly empty.
  await editor.select(template('empty').trimEnd())
  await page.keyboard.press('Delete')
  await expect.poll(async () => (await editor.text()).trim()).toBe('')

  await toolbar.newMenu.focus()
  await page.keyboard.press('ArrowDown')
  const menu = page.getByRole('menu', { name: 'New document' })
  await expect(menu.getByRole('menuitem', { name: /^Web service/ })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: /^Worker/ })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toHaveCount(0)
  await expect(toolbar.newMenu).toBeFocused()

  await page.keyboard.press('Enter')
  await page.keyboard.press('End')
  await expect(menu.getByRole('menuitem', { name: /^Empty file/ })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await editor.expectText(template('database'))
})

test('download saves the text as compose.yaml', async ({ editor, forms, page, toolbar }) => {
  await forms.setUser('4321', '')
  await expect.poll(() => editor.text()).toContain('user: "4321"')
  const expected = await editor.text()
  const downloading = page.waitForEvent('download')
  await toolbar.download.click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe('compose.yaml')
  expect(readFileSync(await download.path(), 'utf8')).toBe(expected)
})

test('copy puts the text on the clipboard, and pasting into the editor replaces the text', async ({ context, editor, forms, page, toolbar }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await toolbar.copy.click()
  await expect(toolbar.copy).toHaveText('Copied')
  await expect(toolbar.message).toContainText('Copied the YAML to the clipboard.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(example())

  // Paste: select everything in the editor and paste another document from the clipboard.
  await page.evaluate((text) => navigator.clipboard.writeText(text), OPENED)
  await editor.select('name: secure-app')
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Control+v')
  await editor.expectText(OPENED)
  await expect(forms.heading).toHaveText('api')
})
