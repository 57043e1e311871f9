import { expect, test } from './fixtures'
import { STORAGE_KEY } from './pages/app-page'

test('the document is saved as you type and restored on reload', async ({ app, editor, forms }) => {
  await app.open()
  await editor.typeOver('secure-app', 'my-project')
  await forms.setUser('4242', '')
  await app.expectSaved()
  const saved = await editor.text()
  expect(saved).toContain('name: my-project')

  await app.reload()
  await editor.expectText(saved)
  await expect(forms.user).toHaveValue('4242')
})

test('a document saved by an earlier version in local storage is moved over once and kept', async ({ app, editor, page }) => {
  const old = 'services:\n  legacy:\n    image: nginx:1.27 # from local storage\n'
  await app.open(old)
  await editor.expectText(old)
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull()

  await app.reload()
  await editor.expectText(old)
})

/** About `mb` MB of services, ending in a marker line. */
function hugeDocument(mb: number): string {
  const block = (i: number) => `  service-${i}:\n    image: registry.example.com/team/service-${i}:1.0.${i}\n    read_only: true\n    user: "1000:1000"\n`
  const parts = ['services:\n']
  let size = parts[0].length
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    parts.push(block(i))
    size += parts.at(-1)!.length
  }
  return `${parts.join('')}# the last line of the huge document\n`
}

test('a document larger than local storage allows is kept too, and comes back after a reload', async ({ app, editor, forms, page }) => {
  // Pasting 6 MB into Monaco and loading it again takes a while on a busy machine.
  test.setTimeout(180_000)
  await app.open()
  const huge = hugeDocument(6)
  await editor.pasteOver(huge)
  // The core does not analyse it, but the text is the user's and must be kept.
  await expect(forms.parseError).toContainText('files over 1 MB are not analysed')
  await app.expectSaved()

  await app.reload()
  const shown = () => page.evaluate(() => {
    const text = window.__editor!.getValue()
    return { length: text.length, end: text.slice(-40) }
  })
  await expect.poll(shown).toEqual({ length: huge.length, end: huge.slice(-40) })
  await expect(forms.parseError).toContainText('files over 1 MB are not analysed')
})
