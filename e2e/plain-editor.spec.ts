// While Monaco's chunk loads (about 2 s on a first visit), the editor's place holds the file as plain, editable text in
// the editor's font: typing there is analysed like typing in Monaco, a form edit reaches it, and Monaco then takes its
// place with the typed text, the selection and the focus (issue 9).
import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { AnalysisPage } from './pages/analysis-page'
import { STORAGE_KEY } from './pages/app-page'
import { expect, example, test } from './fixtures'

/** Holds Monaco (it comes in the editor chunk: src/editor/YamlEditor.tsx and what it imports) until `release()`. */
async function holdEditorChunk(page: Page): Promise<() => void> {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/YamlEditor-[\w-]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  return release
}

test('the file can be read and edited while the editor loads, and the editor takes over where it was left', async ({ page, editor, forms }) => {
  const release = await holdEditorChunk(page)
  await page.goto('/')
  const analysis = new AnalysisPage(page)

  const plain = page.getByRole('textbox', { name: 'Compose file (YAML), plain text while the editor loads' })
  await expect(plain).toHaveValue(example())
  await expect(page.getByTestId('editor.plain').getByRole('status')).toHaveText('Loading the editor…')
  await expect(page.locator('.monaco-editor')).toHaveCount(0)
  await expect(analysis.finding('require-read-only-rootfs', 'app')).toHaveCount(0)

  // Typed over, key by key: the findings follow the text.
  const readOnly = example().indexOf('read_only: true') + 'read_only: '.length
  await plain.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at + 'true'.length), readOnly)
  await plain.focus()
  await page.keyboard.type('false')
  await expect(plain).toHaveValue(example().replace('read_only: true', 'read_only: false'))
  await expect(analysis.finding('require-read-only-rootfs', 'app')).toBeVisible()

  // A form edit reaches the text as one splice; the caret stays on the word it was on.
  const caret = example().indexOf('secure-app') + 3
  await plain.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at), caret)
  await forms.setUser('1234', '1234')
  await expect(plain).toHaveValue(/user: "?1234:1234"?/)
  expect(await plain.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([caret, caret])

  // Back in the text with a selection (made leftwards), then Monaco arrives.
  await plain.focus()
  const name = example().indexOf('secure-app')
  await plain.evaluate((el: HTMLTextAreaElement, at) => el.setSelectionRange(at, at + 'secure-app'.length, 'backward'), name)
  const text = await plain.inputValue()
  release()
  await editor.ready()
  await expect(page.getByTestId('editor.plain')).toHaveCount(0)
  await editor.expectText(text)
  const taken = await page.evaluate(() => {
    const ed = window.__editor!
    const s = ed.getSelection()!
    const model = ed.getModel()!
    return {
      selected: model.getValueInRange(s),
      active: model.getOffsetAt(s.getPosition()),
      focused: ed.hasTextFocus(),
    }
  })
  expect(taken).toEqual({ selected: 'secure-app', active: name, focused: true })
})

test('a file with CRLF line endings is shown read only until the editor keeps them', async ({ page, editor }) => {
  const release = await holdEditorChunk(page)
  const crlf = 'services:\r\n  web:\r\n    image: nginx:1.27\r\n'
  // As if saved by an earlier visit (the store keeps the text byte for byte).
  await page.addInitScript(({ key, text }) => localStorage.setItem(key, text), { key: STORAGE_KEY, text: crlf })
  await page.goto('/')
  const plain = page.getByRole('textbox', { name: 'Compose file (YAML), plain text while the editor loads' })
  await expect(plain).toHaveValue(crlf.replaceAll('\r\n', '\n'))
  await expect(plain).not.toBeEditable()
  release()
  await editor.ready()
  await editor.expectText(crlf)
})

test('a file of over 5,000 lines shows its first lines, read only, until the editor has it all', async ({ page, editor }) => {
  const release = await holdEditorChunk(page)
  const notes = Array.from({ length: 5_100 }, (_, i) => `# note ${i}: a long file, as a pasted stack is`)
  const big = [...notes, 'services:', '  web:', '    image: nginx:1.27', ''].join('\n')
  await page.addInitScript(({ key, text }) => localStorage.setItem(key, text), { key: STORAGE_KEY, text: big })
  await page.goto('/')
  const plain = page.getByRole('textbox', { name: 'Compose file (YAML), plain text while the editor loads' })
  await expect(plain).toHaveValue(big.split('\n').slice(0, 150).join('\n'))
  await expect(plain).not.toBeEditable()
  release()
  await editor.ready()
  await editor.expectText(big)
})

for (const theme of ['light', 'dark'] as const) {
  test(`the page with the plain editor has no axe violations (${theme})`, async ({ page }) => {
    const release = await holdEditorChunk(page)
    await page.emulateMedia({ colorScheme: theme })
    await page.goto('/')
    await expect(page.getByRole('textbox', { name: 'Compose file (YAML), plain text while the editor loads' })).toHaveValue(example())
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations.map((v) => `${v.id} [${v.impact}]: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    release()
  })
}
