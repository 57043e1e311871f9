// While Monaco's chunk loads (about 2 s on a first visit), the editor's place shows the file's first lines in the
// editor's font; the editor then takes their place (issue 9).
import { expect, example, test } from './fixtures'

test('the file is on screen while the editor loads, and the editor then takes its place', async ({ page }) => {
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  // Monaco comes in the editor chunk (src/editor/YamlEditor.tsx and what it imports).
  await page.route(/\/assets\/YamlEditor-[\w-]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('/')

  const preview = page.getByTestId('editor.preview')
  const [firstLine, secondLine] = example().split('\n')
  await expect(preview).toContainText(firstLine)
  await expect(preview).toContainText(secondLine)
  await expect(preview.getByRole('status')).toHaveText('Loading the editor…')
  await expect(page.locator('.monaco-editor')).toHaveCount(0)

  release()
  await expect(page.locator('.monaco-editor .view-lines')).toContainText(firstLine, { timeout: 60_000 })
  await expect(preview).toHaveCount(0)
})
