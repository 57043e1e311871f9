import { mkdirSync } from 'node:fs'
import { expect, scenario, test } from './fixtures'

// UPDATE_SCREENSHOTS=1 writes the README's images under docs/; otherwise they land in test-results/ for a look.
const dir = process.env.UPDATE_SCREENSHOTS ? 'docs' : 'test-results/screenshots'

test('screenshots of the page', async ({ app, editor, forms, page }) => {
  mkdirSync(dir, { recursive: true })
  await app.open()
  await expect(forms.user).toHaveValue('1000')
  // Wait for the YAML tokenizer (a lazy chunk): until it runs every token has the default class mtk1.
  await expect(page.locator('.monaco-editor .view-line span[class^="mtk"]:not(.mtk1)').first()).toBeVisible()
  await page.screenshot({ path: `${dir}/screenshot.png` })

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
  await expect(page.locator('.monaco-editor .view-line span[class^="mtk"]:not(.mtk1)').first()).toBeVisible()
  await page.screenshot({ path: `${dir}/screenshot-inherited.png` })
})
