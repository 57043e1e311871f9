import { AxeBuilder } from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { HardenPage } from './pages/harden-page'
import { ToolbarPage } from './pages/toolbar-page'

/** Every axe violation outside Monaco, as "rule [impact]: targets". */
async function violations(page: Page): Promise<string[]> {
  // Monaco is third-party and scanned poorly (its own line-number contrast); the rest of the page must be clean.
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze()
  return results.violations.map((v) => `${v.id} [${v.impact}]: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/**
 * The buttons in `scope`'s accessibility tree whose name has no letter or digit (empty, or an icon font's glyph),
 * as "button N: name".
 */
async function unnamedButtons(scope: Locator): Promise<string[]> {
  const names = [...(await scope.ariaSnapshot()).matchAll(/^\s*- button(?: "((?:[^"\\]|\\.)*)")?/gm)].map((m) => m[1] ?? '')
  return names.flatMap((name, i) => (/[\p{L}\p{N}]/u.test(name) ? [] : [`button ${i + 1}: "${name}"`]))
}

const ENV = Array.from({ length: 30 }, (_, i) => `      - SETTING_${i}=value-${i}`).join('\n')
/** Two services with long unchanged stretches between the lines the fixes change. */
const LONG = `services:
  web:
    image: nginx:1.27
    security_opt: [seccomp:unconfined]
    environment:
${ENV}
  worker:
    image: busybox:1.36
    environment:
${ENV}
`

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

    test('no axe violations and no unnamed buttons with the harden dialog open', async ({ page }) => {
      // Fixes of both kinds, so the dialog shows both lists, the diff and the score; long enough that the diff
      // folds unchanged lines behind its buttons.
      await new ToolbarPage(page).fileInput.setInputFiles({ name: 'compose.yaml', mimeType: 'application/x-yaml', buffer: Buffer.from(LONG) })
      await new ToolbarPage(page).harden.click()
      const harden = new HardenPage(page)
      await harden.expectDiffContains('no-new-privileges:true')
      await expect(harden.diff.getByText(/^\d+ hidden lines$/).first()).toBeVisible()
      await expect(harden.apply).toBeEnabled()
      expect(await unnamedButtons(harden.dialog)).toEqual([])
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
  for (const control of [toolbar.newMenu, toolbar.importRun, toolbar.copy, toolbar.share, toolbar.download, toolbar.exportReport, toolbar.harden, toolbar.theme('System')]) {
    await page.keyboard.press('Tab')
    await expect(control).toBeFocused()
  }
  // The theme radios are visually hidden inside their labels: the label draws the ring.
  const label = page.getByTitle('System theme')
  await expect.poll(() => label.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid')
})
