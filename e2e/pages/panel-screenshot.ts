// Screenshots of one settings panel in the light and the dark theme, for docs/panels (UPDATE_SCREENSHOTS=1) or a look in test-results.
import { mkdirSync } from 'node:fs'
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

const dir = process.env.UPDATE_SCREENSHOTS ? 'docs/panels' : `${process.env.E2E_RESULTS ?? 'test-results'}/panels`

export async function screenshotPanel(page: Page, panel: Locator, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  await expect(panel).toBeVisible()
  // Tall enough for the whole panel to fit in the settings column, so nothing scrolls under the app bar.
  const viewport = page.viewportSize()
  await page.setViewportSize({ width: viewport?.width ?? 1440, height: 2400 })
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark')
    await panel.scrollIntoViewIfNeeded()
    await panel.screenshot({ path: `${dir}/${name}-${theme}.png`, animations: 'disabled' })
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'))
  if (viewport) await page.setViewportSize(viewport)
}
