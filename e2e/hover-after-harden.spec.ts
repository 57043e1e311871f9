// Opening and closing the harden dialog must leave the page editor its hovers and widgets (issue 14.2: its Monaco diff
// editor once took them over; the diff is now drawn without Monaco, and this keeps it so).
import { expect, scenario, test } from './fixtures'
import { HardenPage } from './pages/harden-page'
import { ToolbarPage } from './pages/toolbar-page'

test('hovers and the find widget still work in the editor after the harden dialog is closed', async ({ app, editor, page }) => {
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  await app.open(scenario('unhardened.yaml'))

  const harden = new HardenPage(page)
  await new ToolbarPage(page).harden.click()
  await harden.expectDiffContains('no-new-privileges:true')
  await page.keyboard.press('Escape')
  await expect(harden.dialog).toHaveCount(0)

  // A line with a finding: the hover shows the finding, its actions and the schema's description of the key.
  const hover = await editor.showHover('root')
  await expect(hover).toContainText('runs the container as root')
  await expect(hover).toContainText('Quick Fix')
  await expect(hover).toContainText('Username or UID to run the container process as.')

  // The find widget builds its inputs with the same hover machinery.
  await editor.select('user: root')
  await page.keyboard.press('Control+f')
  await expect(page.locator('.monaco-editor .find-widget').filter({ visible: true })).toBeVisible()
  expect(errors).toEqual([])
})
