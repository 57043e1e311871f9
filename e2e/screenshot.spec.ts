import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, scenario, test } from './fixtures'
import { HardenPage } from './pages/harden-page'
import { ToolbarPage } from './pages/toolbar-page'

// UPDATE_SCREENSHOTS=1 writes the README's images under docs/; otherwise they land in the results folder for a look.
const dir = process.env.UPDATE_SCREENSHOTS ? 'docs' : `${process.env.E2E_RESULTS ?? 'test-results'}/screenshots`

/** Waits for the YAML tokenizer (a lazy chunk): until it runs every token has the default class mtk1. */
async function highlighted(page: Page): Promise<void> {
  await expect(page.locator('.monaco-editor .view-line span[class^="mtk"]:not(.mtk1)').first()).toBeVisible()
}

const UNHARDENED = scenario('unhardened.yaml')

for (const theme of ['light', 'dark'] as const) {
  const suffix = theme === 'light' ? '' : '-dark'

  test(`screenshot of the page (${theme})`, async ({ app, forms, page }) => {
    mkdirSync(dir, { recursive: true })
    await page.emulateMedia({ colorScheme: theme })
    await app.open()
    await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
    await expect(forms.user).toHaveValue('1000')
    await highlighted(page)
    await page.screenshot({ path: `${dir}/screenshot${suffix}.png` })
  })

  test(`screenshot of the harden dialog (${theme})`, async ({ app, page }) => {
    mkdirSync(`${dir}/panels`, { recursive: true })
    await page.emulateMedia({ colorScheme: theme })
    await app.open(UNHARDENED)
    const toolbar = new ToolbarPage(page)
    const harden = new HardenPage(page)
    await toolbar.harden.click()
    await harden.fix('Run as a non-root user', 'worker').check()
    await expect.poll(() => harden.scores()).toEqual({ now: 18, after: 51 })
    await harden.expectDiffContains('user: "1000:1000"')
    await expect(harden.diff.locator('[data-token="key"]').first()).toBeVisible()
    // Ticking scrolled the list down to that fix; show its start, where the safe fixes are.
    await harden.dialog.getByRole('region', { name: 'Fixes' }).evaluate((el) => el.scrollTo(0, 0))
    await harden.dialog.screenshot({ path: `${dir}/panels/harden-${theme}.png` })
  })
}

test('screenshot of the page with invalid YAML', async ({ app, editor, forms, page }) => {
  mkdirSync(dir, { recursive: true })
  await app.open()
  await expect(forms.user).toHaveValue('1000')
  await highlighted(page)
  await editor.typeOver('services:', 'servicess:')
  await expect(forms.parseError).toHaveCount(0)
  await expect(page.locator('.monaco-editor .squiggly-warning').first()).toBeVisible()
  await editor.typeOver('servicess:', 'services:')
  await expect(forms.user).toHaveValue('1000')
  await editor.select('ghcr.io/example/app:1.4.2')
  await page.keyboard.press('End')
  await page.keyboard.type(' x: y')
  await expect(forms.parseError).toBeVisible()
  await page.screenshot({ path: `${dir}/screenshot-invalid.png` })
})

test('screenshot of inherited values', async ({ app, forms, page }) => {
  mkdirSync(dir, { recursive: true })
  await app.open(scenario('inherited.yaml'))
  await expect(forms.inheritedBadge('defaults')).toHaveCount(3)
  await highlighted(page)
  await page.screenshot({ path: `${dir}/screenshot-inherited.png` })
})
