import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { HardenPage } from './pages/harden-page'
import { ToolbarPage } from './pages/toolbar-page'

/** Every axe violation outside Monaco, as "rule [impact]: targets". */
async function violations(page: Page): Promise<string[]> {
  // Monaco is third-party and scanned poorly (its own line-number contrast); the rest of the page must be clean.
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').exclude('.monaco-diff-editor').analyze()
  return results.violations.map((v) => `${v.id} [${v.impact}]: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.beforeEach(async ({ app, page }) => {
      await page.emulateMedia({ colorScheme: theme })
      await app.open()
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
    })

    test('no axe violations outside the editor widget', async ({ page }) => {
      expect(await violations(page)).toEqual([])
    })

    test('no axe violations with the harden dialog open', async ({ page }) => {
      // A file with fixes of both kinds, so the dialog shows both lists, the diff and the score.
      await new ToolbarPage(page).fileInput.setInputFiles({
        name: 'compose.yaml',
        mimeType: 'application/x-yaml',
        buffer: Buffer.from('services:\n  web:\n    image: nginx:1.27\n    security_opt: [seccomp:unconfined]\n'),
      })
      await new ToolbarPage(page).harden.click()
      const harden = new HardenPage(page)
      await expect(harden.diff).toBeVisible()
      await expect(harden.apply).toBeEnabled()
      expect(await violations(page)).toEqual([])
    })

    test('no axe violations with the New menu and its confirmation open', async ({ page }) => {
      const toolbar = new ToolbarPage(page)
      await toolbar.newMenu.click()
      await expect(page.getByRole('menu', { name: 'New document' })).toBeVisible()
      expect(await violations(page)).toEqual([])
      const confirm = await page.getByRole('menuitem', { name: /^Worker/ }).click().then(() => page.getByRole('dialog'))
      await expect(confirm).toBeVisible()
      expect(await violations(page)).toEqual([])
    })
  })
}

test('every toolbar control is reachable with Tab and has a visible focus ring', async ({ app, page }) => {
  await app.open()
  const toolbar = new ToolbarPage(page)
  await toolbar.open.focus()
  for (const control of [toolbar.newMenu, toolbar.copy, toolbar.download, toolbar.harden, toolbar.theme('System')]) {
    await page.keyboard.press('Tab')
    await expect(control).toBeFocused()
  }
  // The theme radios are visually hidden inside their labels: the label draws the ring.
  const label = page.getByTitle('System theme')
  await expect.poll(() => label.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
})
